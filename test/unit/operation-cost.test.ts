import 'reflect-metadata';
import { GraphQLSchema, parse } from 'graphql';
import { buildApiSchema } from '../../src/resolvers';
import { OperationCost, pageAwareComplexity } from '../../src/server/operation-cost';

describe('OperationCost: a query is costed once per document and page sizes', () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await buildApiSchema();
  });
  /** The real cost function, counting its calls. */
  const counted = () => {
    const calls = { count: 0 };
    const compute: typeof pageAwareComplexity = (...args) => {
      calls.count += 1;
      return pageAwareComplexity(...args);
    };
    return { calls, compute };
  };

  const document = parse(`query Page($first: Int, $after: String, $country: String) {
    officials(first: $first, after: $after, country: $country) { edges { node { id name } } }
  }`);

  it('reuses the cost for other ids, cursors and filters, and computes it again for another page size', () => {
    const { calls, compute } = counted();
    const costs = new OperationCost(schema, compute);
    const small = costs.of(document, { first: 5, country: 'DE' }, 'Page');
    expect(costs.of(document, { first: 5, country: 'AZ', after: 'abc' }, 'Page')).toBe(small);
    expect(calls.count).toBe(1);
    const large = costs.of(document, { first: 50, country: 'DE' }, 'Page');
    expect(large).toBeGreaterThan(small);
    expect(calls.count).toBe(2);
  });

  it('gives the same figure as costing the document afresh', () => {
    const costs = new OperationCost(schema);
    const fresh = pageAwareComplexity(schema, document, { first: 7 }, 'Page');
    expect(costs.of(document, { first: 7 }, 'Page')).toBe(fresh);
  });

  it('treats another parse of the same text as another document (Apollo hands back one per query text)', () => {
    const { calls, compute } = counted();
    const costs = new OperationCost(schema, compute);
    costs.of(document, { first: 5 }, 'Page');
    costs.of(parse(`{ officials(first: 5) { edges { node { id } } } }`), {}, undefined);
    expect(calls.count).toBe(2);
  });
});
