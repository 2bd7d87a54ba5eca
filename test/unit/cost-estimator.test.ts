import 'reflect-metadata';
import { GraphQLSchema, parse } from 'graphql';
import { loadConfig, projectRoot } from '../../src/config/config';
import { DEFAULT_NESTED_PAGE } from '../../src/domain/offset-cursor';
import { buildApiSchema } from '../../src/resolvers';
import { DEFAULT_PAGE_SIZE } from '../../src/schema';
import { ASSUMED_LIST_LENGTH } from '../../src/server/cost-estimator';
import { pageAwareComplexity } from '../../src/server/operation-cost';
import { readmeExamples } from '../../src/server/ide/examples';

/**
 * The cost of a query counts what each paged field can actually return: the `first` asked for,
 * else the field's own default (a nested list's DEFAULT_NESTED_PAGE, a root connection's
 * DEFAULT_PAGE_SIZE), so leaving `first` out of a nested list never makes a query look cheaper.
 */
describe('pageAwareCost', () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await buildApiSchema();
  });
  const cost = (query: string) => pageAwareComplexity(schema, parse(query), {}, undefined);

  it('costs a nested list without first at its default page, 100, not the root default', () => {
    expect(DEFAULT_NESTED_PAGE).not.toBe(DEFAULT_PAGE_SIZE);
    for (const list of ['counterparts { official { id } }', 'participations { id }']) {
      const omitted = cost(`{ official(id: "x") { ${list} } }`);
      const explicit = (first: number) => cost(`{ official(id: "x") { ${list.replace(' {', `(first: ${first}) {`)} } }`);
      expect(omitted).toBe(explicit(DEFAULT_NESTED_PAGE));
      expect(omitted).toBeGreaterThan(explicit(DEFAULT_PAGE_SIZE));
      expect(cost(`{ official(id: "x") { ${list.replace(' {', '(first: null) {')} } }`)).toBe(omitted);
    }
    // official 1 + rounds 1 + 100 × (id 1)
    expect(cost('{ consultationSeries(between: ["AZ", "BE"]) { rounds { id } } }')).toBe(1 + 1 + DEFAULT_NESTED_PAGE);
  });

  it('costs a root connection without first at its default page, 20', () => {
    // consultations 1 + 20 × (edges 1 + node 1 + id 1)
    expect(cost('{ consultations { edges { node { id } } } }')).toBe(1 + DEFAULT_PAGE_SIZE * 3);
    expect(cost('{ consultations(first: 3) { edges { node { id } } } }')).toBe(1 + 3 * 3);
  });

  it('costs a connection sibling like its list: first × its edges, whose node is not multiplied again', () => {
    // official 1 + counterpartsConnection 1 + 100 × (edges 1 + cursor 1 + node 1 + official 1 + id 1; pageInfo 1 + hasNextPage 1)
    expect(cost('{ official(id: "x") { counterpartsConnection { edges { cursor node { official { id } } } pageInfo { hasNextPage } } } }'))
      .toBe(1 + 1 + DEFAULT_NESTED_PAGE * 7);
    expect(cost('{ official(id: "x") { counterpartsConnection(first: 2) { edges { node { official { id } } } } } }')).toBe(1 + 1 + 2 * 4);
  });

  it('costs a list without a page at the assumed length', () => {
    // official 1 + counterparts 1 + 1 × (consultations 1 + 10 × (id 1))
    expect(cost('{ official(id: "x") { counterparts(first: 1) { consultations { id } } } }')).toBe(1 + 1 + 1 + ASSUMED_LIST_LENGTH);
  });

  it("keeps every README example (the IDE's tabs) under the default cost limit", () => {
    const max = loadConfig({}).limits.maxCost;
    const examples = readmeExamples(projectRoot());
    expect(examples.length).toBeGreaterThanOrEqual(8);
    const over = examples.map((e) => ({ title: e.title, cost: cost(e.query) })).filter((e) => e.cost > max);
    expect(over).toEqual([]);
  });
});
