import { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, GraphQLField, getNullableType, isListType, ValidationContext, ValidationRule } from 'graphql';
import { ComplexityEstimator, getComplexity } from 'graphql-query-complexity';
import { QueryLimits } from '../config/config';
import { ErrorCode } from '../errors';
import { DEFAULT_PAGE_SIZE } from '../schema';

/** Lists without a page size (participants, sources, rounds, …) are assumed this long when costing a query. */
export const ASSUMED_LIST_LENGTH = 10;

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

/** Each field costs 1 plus its children, times the page size of a paged field or an assumed list length. */
export const pageAwareCost: ComplexityEstimator = ({ field, args, childComplexity }) => {
  const paged = field.args.some((a) => a.name === 'first');
  if (paged) return 1 + (typeof args.first === 'number' ? args.first : DEFAULT_PAGE_SIZE) * Math.max(childComplexity, 1);
  if (isListType(getNullableType(field.type)) && !isPageOfConnection(field)) {
    const length = typeof args.maxHops === 'number' ? args.maxHops + 1 : ASSUMED_LIST_LENGTH;
    return 1 + length * Math.max(childComplexity, 1);
  }
  return 1 + childComplexity;
};

/** A connection's `edges` were already multiplied by the connection's page size. */
function isPageOfConnection(field: GraphQLField<unknown, unknown>): boolean {
  return field.name === 'edges';
}

function costLimitPlugin(maxCost: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema }) {
          let cost: number;
          try {
            cost = getComplexity({ schema, query: document, variables: request.variables ?? {}, operationName: request.operationName, estimators: [pageAwareCost] });
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
