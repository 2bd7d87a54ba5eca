import { BadUserInputError } from '../errors';
import { DEFAULT_PAGE_SIZE, ListPageArgs, PageArgs } from '../schema';
import { decodeOffsetCursor, DEFAULT_NESTED_PAGE, encodeOffsetCursor } from '../domain/offset-cursor';

export const encodeCursor = encodeOffsetCursor;

export function decodeCursor(cursor: string): number {
  const offset = decodeOffsetCursor(cursor);
  if (offset === null) throw BadUserInputError.field('after', 'is not a cursor returned by this API');
  return offset;
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
  edge: (node: N, cursor: string, index: number) => E,
  hasNextPage?: boolean,
): { edges: E[]; totalCount: number; pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null } } {
  const edges = nodes.map((node, i) => edge(node, encodeCursor(skip + i), i));
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

/**
 * The connection of a paged list inside an answer (counterpartsConnection, …): the translation
 * read one item past the page (`first`, DEFAULT_NESTED_PAGE when omitted), so that item tells
 * hasNextPage and is not handed out; cursors count from `after`, as the plain list's do.
 */
export function listConnection<N>(nodes: readonly N[], args: ListPageArgs): { edges: Array<{ cursor: string; node: N }>; pageInfo: ReturnType<typeof connection>['pageInfo'] } {
  const first = args.first ?? DEFAULT_NESTED_PAGE;
  const skip = args.after ? decodeCursor(args.after) + 1 : 0;
  const { edges, pageInfo } = connection(nodes.slice(0, first), skip, null, (node, cursor) => ({ cursor, node }), nodes.length > first);
  return { edges, pageInfo };
}
