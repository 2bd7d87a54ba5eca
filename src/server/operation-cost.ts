import { DocumentNode, GraphQLSchema, visit } from 'graphql';
import { getComplexity } from 'graphql-query-complexity';
import { LRUCache } from 'lru-cache';
import { pageAwareCost } from './cost-estimator';

/** The arguments whose value changes a query's cost; every other variable (ids, cursors, filters) does not. */
const COST_ARGUMENTS = new Set(['first', 'maxHops']);

/** Distinct page sizes one document is costed for before the oldest is forgotten. */
const SIZES_PER_DOCUMENT = 32;

export type CostFunction = (schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown>, operationName: string | undefined) => number;

/** graphql-query-complexity with our estimator: page sizes times their children, lists an assumed length. */
export const pageAwareComplexity: CostFunction = (schema, query, variables, operationName) =>
  getComplexity({ schema, query, variables, operationName, estimators: [pageAwareCost] });

interface CostedDocument {
  /** The variables that feed a cost argument (an absent one takes its default, fixed per document). */
  sizeVariables: string[];
  /** Cost by operation name and the values of `sizeVariables`. */
  costs: LRUCache<string, number>;
}

/**
 * The cost of an operation, computed once per parsed document and per set of page sizes. Apollo
 * keeps one parsed document per query text, so a client repeating a query (with other ids or
 * cursors) is costed once, not on every request.
 */
export class OperationCost {
  private readonly documents = new WeakMap<DocumentNode, CostedDocument>();

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly compute: CostFunction = pageAwareComplexity,
  ) {}

  of(document: DocumentNode, variables: Record<string, unknown>, operationName: string | undefined): number {
    const costed = this.costed(document);
    const key = JSON.stringify([operationName ?? null, ...costed.sizeVariables.map((name) => variables[name] ?? null)]);
    const known = costed.costs.get(key);
    if (known !== undefined) return known;
    const cost = this.compute(this.schema, document, variables, operationName);
    costed.costs.set(key, cost);
    return cost;
  }

  private costed(document: DocumentNode): CostedDocument {
    let costed = this.documents.get(document);
    if (!costed) {
      costed = { sizeVariables: sizeVariables(document), costs: new LRUCache({ max: SIZES_PER_DOCUMENT }) };
      this.documents.set(document, costed);
    }
    return costed;
  }
}

function sizeVariables(document: DocumentNode): string[] {
  const names = new Set<string>();
  visit(document, {
    Argument(node) {
      if (!COST_ARGUMENTS.has(node.name.value)) return;
      visit(node.value, { Variable: (variable) => void names.add(variable.name.value) });
    },
  });
  return [...names];
}
