import { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, ValidationContext, ValidationRule } from 'graphql';
import { QueryLimits } from '../config/config';
import { ErrorCode } from '../errors';
import { argumentCost } from './argument-cost';
import { OperationCost } from './operation-cost';

type LimitName = 'maxDepth' | 'maxCost' | 'maxAliases' | 'maxDirectives' | 'maxTokens';

/** The error every limit answers with: which limit, its value, and what the request had. */
function limitError(limit: LimitName, max: number, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.QUERY_LIMIT, limit, max, http: { status: 400 } } });
}

/**
 * The limits checked before any resolver runs (graphql-armor for depth, aliases and directives as
 * validation rules, graphql-query-complexity for cost once variables are known). Each rejection
 * names its limit and value. Body size, batch size and tokens are checked earlier, in the HTTP
 * layer (request-body.ts).
 */
export function queryLimits(limits: QueryLimits): { plugins: ApolloServerPlugin[]; validationRules: ValidationRule[] } {
  const reject = (limit: LimitName, max: number) => ({
    n: max,
    exposeLimits: true,
    propagateOnRejection: false,
    onReject: [(ctx: ValidationContext | null, error: GraphQLError) => ctx?.reportError(limitError(limit, max, error.message))],
  });
  const armor = new ApolloArmor({
    maxDepth: { ...reject('maxDepth', limits.maxDepth), ignoreIntrospection: true },
    maxAliases: reject('maxAliases', limits.maxAliases),
    maxDirectives: reject('maxDirectives', limits.maxDirectives),
    maxTokens: { enabled: false }, // counted earlier, in the HTTP layer (request-body.ts tokenLimit)
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: !limits.fieldSuggestions },
  });
  const protection = armor.protect();
  return {
    plugins: [...protection.plugins, costLimitPlugin(limits.maxCost)],
    validationRules: protection.validationRules,
  };
}

function costLimitPlugin(maxCost: number): ApolloServerPlugin {
  let costs: OperationCost | undefined;
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema }) {
          let cost: number;
          try {
            costs ??= new OperationCost(schema);
            cost = costs.of(document, request.variables ?? {}, request.operationName) + argumentCost(document, request.variables ?? {});
          } catch {
            // Variables that do not fit their types: execution refuses them (BAD_USER_INPUT) before any resolver runs.
            return;
          }
          if (cost > maxCost) throw limitError('maxCost', maxCost, `Query cost limit of ${maxCost} exceeded, found ${cost}.`);
        },
      };
    },
  };
}
