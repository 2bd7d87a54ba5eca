import { Anchor, ANCHORS, CONSULTATION_ORDERS, ConsultationOrderKey, FILTER, filterParams, ResolvedConsultationFilter } from '../consultations/consultation-filter.queries';
import { constant, cypher, CypherText, join } from './cypher-text';
import { finish, project, Translation } from './roots';
import { TranslateScope } from './scope';
import { SelectedField } from './selection';

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
    scope.params.scanBudget = SCAN_ENTRIES_PER_ROW * (page.skip + page.limit + 1);
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

/**
 * How many sortDate index entries the timeline's ordered scan may read per row it needs (skip +
 * limit + 1): its budget, so a country is in at least 1 of every 300 events the scan reads or
 * the scan gives up (see countryTimeline).
 */
export const SCAN_ENTRIES_PER_ROW = 300;

/** The country (and a date range, which the scan's range seek serves itself) is the only criterion. */
function onlyCountryAndDates(f: ResolvedConsultationFilter): boolean {
  return f.country !== null && f.between === null && f.officialIds === null && f.city === null && f.format === null && f.kind === null
    && f.status === null && f.topic === null && (f.levelParity ?? null) === null && (f.rank ?? null) === null;
}

/**
 * An uncounted newest-first page of one country's timeline, without sorting all of a busy
 * country's events. Which way is decided inside the query from O(1) counts: the country's
 * BETWEEN degree d (a degree read) and the number of consultations n (the count store). With w =
 * skip + limit + 1 rows wanted and B = $scanBudget (SCAN_ENTRIES_PER_ROW × w):
 *  - busy (2·w·n ≤ B·d and B ≤ 2·d): walk the sortDate index newest first, at most B entries,
 *    keeping the country's events (countryCodes and a BETWEEN to it, as the anchor and FILTER
 *    require), until w are found. If the events were spread evenly over time the scan reads about
 *    w·n/d entries, at most half its budget, against the d events the expand would read; at
 *    worst (a country whose events are all old) it reads B ≤ 2·d entries, then falls back.
 *  - Ties: the scan sees equal dates in index order, not by id, so of the w rows found only those
 *    dated after the last one's date (`last`) are kept; all of the events on `last` itself are
 *    read by an equality seek. Together they hold the first w rows in (sortDate DESC, id) order.
 *  - Otherwise (quiet country, a deep page, or fewer than w found within the budget): the
 *    expand-and-sort the other anchors use.
 * Either way the page is the one ORDER BY c.sortDate DESC, c.id would cut from every match.
 */
function countryTimeline(fields: CypherText): CypherText {
  const onCountry = cypher`WITH c WHERE CASE WHEN $country IN c.countryCodes THEN EXISTS { (c)-[:BETWEEN]->(:Country {code: $country}) } ELSE false END`;
  const order = constant(CONSULTATION_ORDERS.DATE_DESC);
  return join([
    cypher`MATCH (k:Country {code: $country})`,
    cypher`WITH COUNT { (k)<-[:BETWEEN]-() } AS degree, COUNT { (:Consultation) } AS total, toInteger($skip) + toInteger($limit) + 1 AS wanted`,
    cypher`WITH wanted, 2 * wanted * total <= toInteger($scanBudget) * degree AND toInteger($scanBudget) <= 2 * degree AS busy`,
    cypher`CALL (busy) {`,
    // Not `WITH busy WHERE busy`: the planner may apply that after the seek, which then reads the
    // whole index to keep nothing. Bounds that are null unless busy make the seek itself empty.
    cypher`  MATCH (c:Consultation) WHERE c.sortDate >= CASE WHEN busy THEN $from END AND c.sortDate <= CASE WHEN busy THEN $to END`,
    cypher`  WITH c ORDER BY c.sortDate DESC LIMIT toInteger($scanBudget)`,
    // Before the FILTER, in CASE: the planner would otherwise expand every scanned event's BETWEEN.
    cypher`  ${onCountry}${constant(FILTER)}`,
    cypher`  WITH c LIMIT toInteger($skip) + toInteger($limit) + 1`,
    cypher`  RETURN collect(c) AS scanned`,
    cypher`}`,
    cypher`WITH scanned, CASE WHEN size(scanned) = wanted THEN reduce(low = scanned[0].sortDate, s IN scanned | CASE WHEN s.sortDate < low THEN s.sortDate ELSE low END) END AS last`,
    cypher`CALL (scanned, last) {`,
    cypher`  UNWIND scanned AS c`,
    cypher`  WITH c WHERE c.sortDate > last`,
    cypher`  RETURN c`,
    cypher`  UNION ALL`,
    cypher`  WITH last WHERE last IS NOT NULL`,
    cypher`  MATCH (c:Consultation) WHERE c.sortDate = last`,
    cypher`  ${onCountry}${constant(FILTER)}`,
    cypher`  RETURN c`,
    cypher`  UNION ALL`,
    cypher`  WITH last WHERE last IS NULL`,
    cypher`  ${constant(ANCHORS.country)}${constant(FILTER)}`,
    cypher`  WITH c ORDER BY ${order} LIMIT toInteger($skip) + toInteger($limit) + 1`,
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
