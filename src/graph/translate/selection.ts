import {
  FieldNode,
  FragmentDefinitionNode,
  getDirectiveValues,
  getNamedType,
  GraphQLField,
  GraphQLIncludeDirective,
  GraphQLObjectType,
  GraphQLResolveInfo,
  GraphQLSkipDirective,
  isObjectType,
  Kind,
  SelectionSetNode,
} from 'graphql';
import { getArgumentValues } from 'graphql/execution/values';

/**
 * One selected field below the field being translated, as graphql-js would execute it:
 * fragments (named and inline) flattened, @skip/@include applied, arguments coerced with the
 * request's variables, and every occurrence of one response key merged (the validation rule
 * OverlappingFieldsCanBeMerged guarantees they name the same field with the same arguments).
 */
export interface SelectedField {
  /** The response key: the alias, else the field name. */
  readonly key: string;
  readonly name: string;
  readonly args: Readonly<Record<string, unknown>>;
  /** The named type of the field (an object type's name, or a scalar's). */
  readonly typeName: string;
  readonly selections: readonly SelectedField[];
}

/** What of a request the selection needs: the parts of GraphQLResolveInfo that are plain data. */
export type SelectionSource = Pick<GraphQLResolveInfo, 'schema' | 'fragments' | 'variableValues'>;

/** The fields selected below the field `info` resolves (the root field of a translation). */
export function selectionOf(info: GraphQLResolveInfo): SelectedField[] {
  const type = getNamedType(info.returnType);
  if (!isObjectType(type)) return [];
  return selectFields(info, type, info.fieldNodes.map((n) => n.selectionSet));
}

/** The fields selected on `type` by these selection sets (merged by response key, in request order). */
export function selectFields(source: SelectionSource, type: GraphQLObjectType, sets: ReadonlyArray<SelectionSetNode | undefined>): SelectedField[] {
  const byKey = new Map<string, FieldNode[]>();
  const visit = (set: SelectionSetNode | undefined, seen: ReadonlySet<string>) => {
    for (const selection of set?.selections ?? []) {
      if (!included(selection, source.variableValues)) continue;
      if (selection.kind === Kind.FIELD) {
        const key = selection.alias?.value ?? selection.name.value;
        byKey.set(key, [...(byKey.get(key) ?? []), selection]);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        if (!selection.typeCondition || selection.typeCondition.name.value === type.name) visit(selection.selectionSet, seen);
      } else {
        const fragment: FragmentDefinitionNode | undefined = source.fragments[selection.name.value];
        if (fragment && !seen.has(fragment.name.value) && fragment.typeCondition.name.value === type.name) {
          visit(fragment.selectionSet, new Set([...seen, fragment.name.value]));
        }
      }
    }
  };
  for (const set of sets) visit(set, new Set());
  const out: SelectedField[] = [];
  for (const [key, nodes] of byKey) {
    const name = nodes[0].name.value;
    if (name.startsWith('__')) continue; // __typename is answered by graphql-js itself
    const field: GraphQLField<unknown, unknown> | undefined = type.getFields()[name];
    if (!field) continue; // validation refuses unknown fields before execution
    const named = getNamedType(field.type);
    out.push({
      key,
      name,
      args: getArgumentValues(field, nodes[0], source.variableValues),
      typeName: named.name,
      selections: isObjectType(named) ? selectFields(source, named, nodes.map((n) => n.selectionSet)) : [],
    });
  }
  return out;
}

/**
 * The fields selected below a path of field names (through connection wrappers: `edges`, `node`),
 * every alias of each step merged into one selection by response key.
 */
export function selectionAt(fields: readonly SelectedField[], ...path: string[]): SelectedField[] {
  let here: readonly SelectedField[] = fields;
  for (const name of path) here = mergeByKey(here.filter((f) => f.name === name).flatMap((f) => f.selections));
  return [...here];
}

function mergeByKey(fields: readonly SelectedField[]): SelectedField[] {
  const byKey = new Map<string, SelectedField>();
  for (const f of fields) {
    const seen = byKey.get(f.key);
    byKey.set(f.key, seen ? { ...seen, selections: mergeByKey([...seen.selections, ...f.selections]) } : f);
  }
  return [...byKey.values()];
}

function included(node: { directives?: readonly unknown[] } & Parameters<typeof getDirectiveValues>[1], variables: Record<string, unknown>): boolean {
  if (getDirectiveValues(GraphQLSkipDirective, node, variables)?.if === true) return false;
  if (getDirectiveValues(GraphQLIncludeDirective, node, variables)?.if === false) return false;
  return true;
}
