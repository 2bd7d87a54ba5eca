import { BadUserInputError } from '../errors';
import { DEFAULT_PAGE_SIZE, PageArgs } from '../schema';

/** Cursors are opaque to clients: base64 of the position, so the paging scheme can change. */
export function encodeCursor(offset: number): string {
  return Buffer.from(`offset:${offset}`, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): number {
  const match = /^offset:(\d{1,9})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match) throw BadUserInputError.field('after', 'is not a cursor returned by this API');
  return Number(match[1]);
}

export function pageOf(args: PageArgs): { skip: number; limit: number } {
  return { skip: args.after ? decodeCursor(args.after) + 1 : 0, limit: args.first ?? DEFAULT_PAGE_SIZE };
}

/**
 * A Relay connection over a page of `nodes` that starts at `skip` of `total`. A null total means
 * the response did not select totalCount (so it was not counted) and `hasNextPage` says whether
 * more follow; totalCount is then never resolved.
 */
export function connection<N, E>(
  nodes: readonly N[],
  skip: number,
  total: number | null,
  edge: (node: N, cursor: string) => E,
  hasNextPage?: boolean,
): { edges: E[]; totalCount: number; pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null } } {
  const edges = nodes.map((node, i) => edge(node, encodeCursor(skip + i)));
  return {
    edges,
    totalCount: total ?? skip + nodes.length + (hasNextPage ? 1 : 0),
    pageInfo: {
      hasNextPage: hasNextPage ?? skip + nodes.length < (total ?? 0),
      hasPreviousPage: skip > 0,
      startCursor: nodes.length > 0 ? encodeCursor(skip) : null,
      endCursor: nodes.length > 0 ? encodeCursor(skip + nodes.length - 1) : null,
    },
  };
}
