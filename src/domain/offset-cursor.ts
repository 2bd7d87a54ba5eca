/**
 * Cursors are opaque to clients: base64url of an offset into the list, so the paging scheme can
 * change. Shared by the connections (src/resolvers/cursor.ts) and the paged list fields the
 * translate stage reads (src/graph/translate/page.ts).
 */
export function encodeOffsetCursor(offset: number): string {
  return Buffer.from(`offset:${offset}`, 'utf8').toString('base64url');
}

/** The offset a cursor stands for; null for anything this API did not hand out. */
export function decodeOffsetCursor(cursor: string): number | null {
  const match = /^offset:(\d{1,9})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  return match ? Number(match[1]) : null;
}

/** The largest page any list gives at once. */
export const MAX_PAGE = 100;

/** A list inside an answer (counterparts, rounds, an official's participations) gives this many unless `first` says otherwise. */
export const DEFAULT_NESTED_PAGE = 100;
