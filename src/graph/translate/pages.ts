import { Anchor, ANCHORS, CONSULTATION_ORDERS, ConsultationOrderKey, FILTER, filterParams, ResolvedConsultationFilter } from '../consultations/consultation-filter.queries';
import { constant, cypher, CypherText, join } from './cypher-text';
import { finish, project, Translation } from './roots';
import { TranslateScope } from './scope';
import { SelectedField } from './selection';
import { timelineKey } from '../../domain/timeline-key';

export interface PageRequest {
  skip: number;
  limit: number;
  /** Count every match (the response selects totalCount): all are sorted. Else a top-k sort with one extra row telling whether a next page exists. */
  counted: boolean;
}

/**
 * A page of consultations (the timeline question): the anchor picked by the most selective
 * criterion (consultation-filter.queries.ts), the criteria and the page as parameters, and each
 * consultation of the page projected with what the response selects below `node`.
 * Counted: one row, `total` and `page`. Uncounted: one `row` per consultation, up to limit + 1.
 */
export function consultationPage(
  filter: ResolvedConsultationFilter,
  anchor: Anchor,
  order: ConsultationOrderKey,
  page: PageRequest,
  node: readonly SelectedField[],
  path: string,
): Translation {
  const scope = new TranslateScope();
  Object.assign(scope.params, filterParams(filter), { skip: page.skip, limit: page.limit });
  // `c` and `o`: the fixed variables of the anchors' own text (not the scope's `thisN`).
  const fields = project(scope, 'Consultation', { node: cypher`c` }, node, path);
  if (anchor === 'country' && order === 'DATE_DESC' && !page.counted && onlyCountryAndDates(filter)) {
    Object.assign(scope.params, { timelineFrom: timelineKey(filter.country, filter.from), timelineTo: timelineKey(filter.country, filter.to) });
    return finish(scope, countryTimeline(fields));
  }
  const head = cypher`${constant(ANCHORS[anchor])}${constant(FILTER)}\nWITH c ORDER BY ${constant(CONSULTATION_ORDERS[order])}`;
  return finish(
    scope,
    page.counted
      ? cypher`${head}\nWITH collect(c) AS matching\nRETURN size(matching) AS total, [c IN matching[$skip..($skip + $limit)] | ${fields}] AS page`
      : cypher`${head} SKIP toInteger($skip) LIMIT toInteger($limit + 1)\nRETURN ${fields} AS row`,
  );
}

/** The country (and a date range, which the scan's range seek serves itself) is the only criterion. */
function onlyCountryAndDates(f: ResolvedConsultationFilter): f is ResolvedConsultationFilter & { country: string } {
  return f.country !== null && f.between === null && f.officialIds === null && f.city === null && f.format === null && f.kind === null
    && f.status === null && f.topic === null && (f.levelParity ?? null) === null && (f.rank ?? null) === null;
}

/**
 * An uncounted newest-first page of one country's timeline, without sorting all of a busy
 * country's events: the range index on the BETWEEN relationships' timeline keys (migration 8,
 * domain/timeline-key.ts) gives the country's events newest first, so the seek reads the
 * skip + limit + 1 rows wanted (w) and stops, however many events the country has.
 *  - The criteria are the anchor's and FILTER's for a country and dates, written out: the key
 *    range, and the event's own countryCodes and sortDate, as FILTER requires.
 *  - Ties: the index keeps the events of one key (one country, one date) in no particular
 *    order, not by id. So of the w rows read, only those dated after the last one's date are
 *    kept, and all of the country's events on that date are read again by an equality seek on
 *    its key. Together they hold the first w rows in (sortDate DESC, id) order; fewer than w
 *    rows read are all there are.
 * The page is the one ORDER BY c.sortDate DESC, c.id would cut from every match.
 */
function countryTimeline(fields: CypherText): CypherText {
  const criteria = cypher`$country IN c.countryCodes AND c.sortDate >= $from AND c.sortDate <= $to`;
  const order = constant(CONSULTATION_ORDERS.DATE_DESC);
  return join([
    cypher`CALL () {`,
    // The hint: the planner might otherwise seek the sortDate index and sort, or scan the whole
    // timeline index from its far end (both seen on a small graph).
    cypher`  MATCH (c:Consultation)-[t:BETWEEN]->(:Country) USING INDEX SEEK t:BETWEEN(timeline)`,
    cypher`  WHERE t.timeline >= $timelineFrom AND t.timeline <= $timelineTo AND ${criteria}`,
    cypher`  WITH c, t ORDER BY t.timeline DESC LIMIT toInteger($skip) + toInteger($limit) + 1`,
    cypher`  RETURN collect(c) AS scanned, last(collect(t.timeline)) AS lastKey`,
    cypher`}`,
    cypher`WITH scanned, lastKey, CASE WHEN size(scanned) = toInteger($skip) + toInteger($limit) + 1 THEN last(scanned).sortDate END AS lastDate`,
    cypher`CALL (scanned, lastKey, lastDate) {`,
    cypher`  UNWIND scanned AS c`,
    cypher`  WITH c WHERE lastDate IS NULL OR c.sortDate > lastDate`,
    cypher`  RETURN c`,
    cypher`  UNION ALL`,
    cypher`  WITH lastKey, lastDate WHERE lastDate IS NOT NULL`,
    cypher`  MATCH (c:Consultation)-[t:BETWEEN]->(:Country) USING INDEX SEEK t:BETWEEN(timeline)`,
    cypher`  WHERE t.timeline = lastKey AND ${criteria}`,
    cypher`  RETURN c`,
    cypher`}`,
    cypher`WITH c ORDER BY ${order} SKIP toInteger($skip) LIMIT toInteger($limit + 1)`,
    cypher`RETURN ${fields} AS row`,
  ], '\n');
}

const OFFICIAL_ANCHORS = {
  country: 'MATCH (:Country {code: $country})<-[:OF_COUNTRY]-(o:Official)',
  all: 'MATCH (o:Official)',
} as const;

/** Officials without a name query: alphabetical, narrowed by country and a rank held; the page and the total in one row. */
export function officialPage(criteria: { country: string | null; rank: string | null }, page: { skip: number; limit: number }, node: readonly SelectedField[], path: string): Translation {
  const scope = new TranslateScope();
  Object.assign(scope.params, { country: criteria.country, rank: criteria.rank, skip: page.skip, limit: page.limit });
  const fields = project(scope, 'Official', { node: cypher`o` }, node, path);
  return finish(
    scope,
    join([
      constant(OFFICIAL_ANCHORS[criteria.country ? 'country' : 'all']),
      cypher`WHERE $rank IS NULL OR EXISTS { MATCH (o)<-[:OF]-(p:Participation) WHERE p.rank = $rank }`,
      cypher`WITH o ORDER BY o.name, o.id`,
      cypher`WITH collect(o) AS matching`,
      cypher`RETURN size(matching) AS total, [o IN matching[$skip..($skip + $limit)] | ${fields}] AS page`,
    ], '\n'),
  );
}
