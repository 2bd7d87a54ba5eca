import { topicKey } from '../../domain/ids';
import { Graph } from '../graph';

/** A filter after the API has resolved names to codes and ids. Absent criteria are null. */
export interface ResolvedConsultationFilter {
  country: string | null;
  between: [string, string] | null;
  officialIds: string[] | null;
  city: string | null;
  format: string | null;
  kind: string | null;
  status: string | null;
  /** Inclusive bounds on the first day of the event's date. */
  from: string;
  to: string;
  topic: string | null;
  /** BALANCED or UNBALANCED: the stored level parity (series/derived-values.ts); unknown parity matches neither. */
  levelParity?: 'BALANCED' | 'UNBALANCED' | null;
  /** A head of delegation of this rank. */
  rank?: string | null;
}

/** Page orders, from a fixed allow-list: undated events come last either way. */
export const CONSULTATION_ORDERS = {
  DATE_DESC: 'c.sortDate DESC, c.id',
  DATE_ASC: "CASE c.sortDate WHEN '0000-00-00' THEN '9999-99-99' ELSE c.sortDate END, c.id",
} as const;

export type ConsultationOrderKey = keyof typeof CONSULTATION_ORDERS;

/**
 * Where the search starts decides which index serves it, so the anchor is picked from a fixed
 * set by the most selective criterion given; the remaining criteria filter the anchored rows.
 */
/** The page queries themselves are built by the translate stage (translate/pages.ts) from these parts. */
export const ANCHORS = {
  between: 'MATCH (:Country {code: $between[0]})<-[:BETWEEN]-(c:Consultation)-[:BETWEEN]->(:Country {code: $between[1]})',
  country: 'MATCH (:Country {code: $country})<-[:BETWEEN]-(c:Consultation)',
  participant:
    'UNWIND $officialIds AS officialId MATCH (:Official {id: officialId})<-[:OF]-(:Participation)-[:IN]->(c:Consultation) WITH DISTINCT c',
  // Range seek on the sortDate index (undated events carry '0000-00-00').
  dates: 'MATCH (c:Consultation) WHERE c.sortDate >= $from AND c.sortDate <= $to',
} as const;

export const FILTER = `
WITH c WHERE c.sortDate >= $from AND c.sortDate <= $to
  AND ($kind IS NULL OR c.kind = $kind)
  AND ($status IS NULL OR c.status = $status)
  AND ($format IS NULL OR c.format = $format)
  AND ($city IS NULL OR toLower(c.city) = $city)
  AND ($country IS NULL OR $country IN c.countryCodes)
  AND ($between IS NULL OR ($between[0] IN c.countryCodes AND $between[1] IN c.countryCodes))
  AND ($officialIds IS NULL OR EXISTS { MATCH (c)<-[:IN]-(:Participation)-[:OF]->(o:Official) WHERE o.id IN $officialIds })
  AND ($topic IS NULL OR EXISTS { MATCH (c)-[:ABOUT]->(t:Topic) WHERE t.key = $topicKey OR toLower(t.name) CONTAINS $topic })
  AND ($levelParity IS NULL OR c.levelBalanced = ($levelParity = 'BALANCED'))
  AND ($rank IS NULL OR EXISTS { MATCH (c)<-[:IN]-(head:Participation) WHERE head.role = 'HEAD_OF_DELEGATION' AND head.rank = $rank })`;

export type Anchor = keyof typeof ANCHORS;

export function anchorFor(filter: ResolvedConsultationFilter): Anchor {
  if (filter.between) return 'between';
  if (filter.officialIds) return 'participant';
  if (filter.country) return 'country';
  return 'dates';
}

/** The FILTER's parameters (every criterion present, null when not given). */
export function filterParams(filter: ResolvedConsultationFilter): Record<string, unknown> {
  return {
    ...filter,
    levelParity: filter.levelParity ?? null,
    rank: filter.rank ?? null,
    city: filter.city?.toLowerCase() ?? null,
    topic: filter.topic?.toLowerCase() ?? null,
    topicKey: filter.topic === null ? null : topicKey(filter.topic),
  };
}

/** Runs a translated page (translate/pages.ts): counted, one row with the total; uncounted, a row per consultation and one more if a next page exists. */
export async function findConsultationPage(
  graph: Graph,
  translation: { cypher: string; params: Readonly<Record<string, unknown>> },
  page: { skip: number; limit: number; counted: boolean },
): Promise<{ total: number | null; hasNextPage: boolean; page: Array<Record<string, unknown>> }> {
  if (page.counted) {
    const [row] = await graph.read<{ total: number; page: Array<Record<string, unknown>> }>(translation.cypher, translation.params);
    if (!row) return { total: 0, hasNextPage: false, page: [] };
    return { total: row.total, hasNextPage: page.skip + row.page.length < row.total, page: row.page };
  }
  const rows = (await graph.read<{ row: Record<string, unknown> }>(translation.cypher, translation.params)).map((r) => r.row);
  return { total: null, hasNextPage: rows.length > page.limit, page: rows.slice(0, page.limit) };
}
