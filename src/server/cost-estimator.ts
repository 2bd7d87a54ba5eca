import { GraphQLField, getNullableType, isListType } from 'graphql';
import { ComplexityEstimator } from 'graphql-query-complexity';
import { DEFAULT_PAGE_SIZE } from '../schema';

/** Lists without a page size (participants, sources, rounds, …) are assumed this long when costing a query. */
export const ASSUMED_LIST_LENGTH = 10;

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

