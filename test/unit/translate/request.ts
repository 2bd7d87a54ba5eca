import { GraphQLSchema, Kind, OperationDefinitionNode, parse, FragmentDefinitionNode, validate } from 'graphql';
import { getVariableValues } from 'graphql/execution/values';
import { buildApiSchema } from '../../../src/resolvers';
import { selectFields, SelectedField } from '../../../src/graph/translate';

let schema: Promise<GraphQLSchema> | null = null;

/** The API's own executable schema (type-graphql builds it from the classes; no server, no database). */
export function apiSchema(): Promise<GraphQLSchema> {
  schema ??= buildApiSchema();
  return schema;
}

/** The one root field of a GraphQL request, resolved as graphql-js would execute it (aliases, fragments, variables). */
export async function rootField(query: string, variables: Record<string, unknown> = {}): Promise<SelectedField> {
  const s = await apiSchema();
  const document = parse(query);
  const errors = validate(s, document);
  if (errors.length > 0) throw new Error(errors.map((e) => e.message).join('; '));
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const fragments = Object.fromEntries(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]),
  );
  const coerced = getVariableValues(s, operation.variableDefinitions ?? [], variables);
  if (coerced.errors) throw new Error(coerced.errors.map((e) => e.message).join('; '));
  const type = { query: s.getQueryType(), mutation: s.getMutationType(), subscription: s.getSubscriptionType() }[operation.operation]!;
  const [root] = selectFields({ schema: s, fragments, variableValues: coerced.coerced }, type, [operation.selectionSet]);
  return root;
}
