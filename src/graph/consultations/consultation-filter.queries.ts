import { topicKey } from '../../domain/ids';
import { Graph } from '../graph';
import { BundleParts, ConsultationBundleRow, consultationBundleFields, NO_PARTS, QueryFamily } from './consultation-bundle';

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
const ANCHORS = {
  between: 'MATCH (:Country {code: $between[0]})<-[:BETWEEN]-(c:Consultation)-[:BETWEEN]->(:Country {code: $between[1]})',
  country: 'MATCH (:Country {code: $country})<-[:BETWEEN]-(c:Consultation)',
  participant:
    'UNWIND $officialIds AS officialId MATCH (:Official {id: officialId})<-[:OF]-(:Participation)-[:IN]->(c:Consultation) WITH DISTINCT c',
  // Range seek on the sortDate index (undated events carry '0000-00-00').
  dates: 'MATCH (c:Consultation) WHERE c.sortDate >= $from AND c.sortDate <= $to',
} as const;

const FILTER = `
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

/** The page and the total: every match is sorted. */
const countedPage = (fields: string, order: string) => `
WITH c ORDER BY ${order}
WITH collect(c) AS matching
RETURN size(matching) AS total,
       [c IN matching[$skip..($skip + $limit)] | c ${fields}] AS page`;

/** Without the total (when a response does not ask for it): a top-k sort, one extra row tells whether a next page exists. */
const uncountedPage = (fields: string, order: string) => `
WITH c ORDER BY ${order} SKIP toInteger($skip) LIMIT toInteger($limit + 1)
WITH collect(c) AS matching
RETURN null AS total, [c IN matching | c ${fields}] AS page`;

type Anchor = keyof typeof ANCHORS;
type PageQueries = Record<Anchor, Record<ConsultationOrderKey, { counted: string; uncounted: string }>>;
const listQueries = (parts: BundleParts): PageQueries => {
  const fields = consultationBundleFields(parts);
  const byAnchor = Object.entries(ANCHORS).map(([anchor, match]) => [
    anchor,
    Object.fromEntries(Object.entries(CONSULTATION_ORDERS).map(([key, order]) => [
      key,
      { counted: match + FILTER + countedPage(fields, order), uncounted: match + FILTER + uncountedPage(fields, order) },
    ])),
  ]);
  return Object.fromEntries(byAnchor) as PageQueries;
};

/** The pages with the parts a response selects below each consultation (one round trip), by anchor. */
export const CONSULTATION_PAGE_QUERIES = new QueryFamily(listQueries);

/** The page and total with only the consultations' own fields, by anchor. */
export const CONSULTATION_LIST_QUERIES = Object.fromEntries(
  Object.entries(CONSULTATION_PAGE_QUERIES.for(NO_PARTS)).map(([anchor, q]) => [anchor, q.DATE_DESC.counted]),
) as Record<Anchor, string>;

export function anchorFor(filter: ResolvedConsultationFilter): Anchor {
  if (filter.between) return 'between';
  if (filter.officialIds) return 'participant';
  if (filter.country) return 'country';
  return 'dates';
}

export interface ConsultationPage {
  /** Null when not asked for. */
  total: number | null;
  hasNextPage: boolean;
  page: ConsultationBundleRow[];
}

/** One round trip: the page (newest first by default, oldest first for DATE_ASC; undated last either way), with the total count when `counted`. */
export async function findConsultations(
  graph: Graph,
  filter: ResolvedConsultationFilter,
  page: { skip: number; limit: number },
  options: { parts?: BundleParts; counted?: boolean; order?: ConsultationOrderKey } = {},
): Promise<ConsultationPage> {
  const queries = CONSULTATION_PAGE_QUERIES.for(options.parts ?? NO_PARTS)[anchorFor(filter)][options.order ?? 'DATE_DESC'];
  const counted = options.counted ?? true;
  const [row] = await graph.read<{ total: number | null; page: ConsultationBundleRow[] }>(counted ? queries.counted : queries.uncounted, {
    ...filter,
    levelParity: filter.levelParity ?? null,
    rank: filter.rank ?? null,
    city: filter.city?.toLowerCase() ?? null,
    topic: filter.topic?.toLowerCase() ?? null,
    topicKey: filter.topic === null ? null : topicKey(filter.topic),
    ...page,
  });
  if (!row) return { total: counted ? 0 : null, hasNextPage: false, page: [] };
  if (counted) return { total: row.total, hasNextPage: page.skip + row.page.length < row.total!, page: row.page };
  return { total: null, hasNextPage: row.page.length > page.limit, page: row.page.slice(0, page.limit) };
}
