import { GraphQLField, getNullableType, isListType } from 'graphql';
import { ComplexityEstimator } from 'graphql-query-complexity';
import { DEFAULT_PAGE_SIZE } from '../schema';

/** Lists without a page size (participants, sources, …) are assumed this long when costing a query. */
export const ASSUMED_LIST_LENGTH = 10;

/** Each field costs 1 plus its children, times the page size of a paged field or an assumed list length. */
export const pageAwareCost: ComplexityEstimator = ({ field, args, childComplexity }) => {
  const first = field.args.find((a) => a.name === 'first');
  if (first) return 1 + pageSize(args.first, first.defaultValue) * Math.max(childComplexity, 1);
  if (isListType(getNullableType(field.type)) && !isPageOfConnection(field)) {
    const length = typeof args.maxHops === 'number' ? args.maxHops + 1 : ASSUMED_LIST_LENGTH;
    return 1 + length * Math.max(childComplexity, 1);
  }
  return 1 + childComplexity;
};

/**
 * The most items a paged field can return: the `first` asked for, else the default the field
 * declares in the schema (a nested list's is DEFAULT_NESTED_PAGE, 100: what the translation reads
 * when `first` is left out or null), else the root connections' DEFAULT_PAGE_SIZE, which their
 * resolvers apply in code (pageOf).
 */
function pageSize(asked: unknown, declared: unknown): number {
  if (typeof asked === 'number') return asked;
  return typeof declared === 'number' ? declared : DEFAULT_PAGE_SIZE;
}

/** A connection's `edges` were already multiplied by the connection's page size. */
function isPageOfConnection(field: GraphQLField<unknown, unknown>): boolean {
  return field.name === 'edges';
}
