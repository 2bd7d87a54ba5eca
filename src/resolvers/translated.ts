import { GraphQLResolveInfo } from 'graphql';
import { Graph, Translation } from '../graph';

/** A value the translate stage read: shaped like the response, its fields under their response keys. */
export type Row = Record<string, unknown>;

/** Runs a translation whose rows are one `row` each. */
export async function rowsOf(graph: Graph, translation: Translation): Promise<Row[]> {
  return (await graph.read<{ row: Row }>(translation.cypher, translation.params)).map((r) => r.row);
}

export async function rowOf(graph: Graph, translation: Translation): Promise<Row | null> {
  return (await rowsOf(graph, translation))[0] ?? null;
}

/**
 * The value of the field being resolved in its parent: a translated row holds it under the
 * response key (the alias); a value built in JS (a draft, a connection) under the field name.
 */
export function fieldOf<T>(parent: unknown, info: GraphQLResolveInfo): T {
  const source = parent as Row;
  const key = String(info.path.key);
  return (Object.prototype.hasOwnProperty.call(source, key) ? source[key] : source[info.fieldName]) as T;
}
