import { Anchor, ANCHORS, CONSULTATION_ORDERS, ConsultationOrderKey, FILTER, filterParams, ResolvedConsultationFilter } from '../consultations/consultation-filter.queries';
import { constant, cypher, join } from './cypher-text';
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
  const head = cypher`${constant(ANCHORS[anchor])}${constant(FILTER)}\nWITH c ORDER BY ${constant(CONSULTATION_ORDERS[order])}`;
  return finish(
    scope,
    page.counted
      ? cypher`${head}\nWITH collect(c) AS matching\nRETURN size(matching) AS total, [c IN matching[$skip..($skip + $limit)] | ${fields}] AS page`
      : cypher`${head} SKIP toInteger($skip) LIMIT toInteger($limit + 1)\nRETURN ${fields} AS row`,
  );
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
