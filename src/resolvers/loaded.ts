import { GraphQLError } from 'graphql';
import { ErrorCode } from '../errors';

/** Loads by ids and drops nothing silently: a dangling id is a graph inconsistency, not a client error. */
export async function loadAll<T>(loader: { loadMany(ids: readonly string[]): Promise<Array<T | null | Error>> }, ids: readonly string[]): Promise<T[]> {
  const rows = await loader.loadMany(ids);
  return rows.map((row, i) => {
    if (row instanceof Error) throw row;
    if (row === null) throw new GraphQLError(`Dangling reference ${ids[i]}`, { extensions: { code: ErrorCode.INTERNAL } });
    return row;
  });
}
