/**
 * The explorer's GraphQL operations. The page gets them as JSON and sends them to the public
 * /graphql endpoint like any client; test/api/explore.api.test.ts runs each one, so a schema change
 * that would break the page fails a test instead.
 *
 * One request per user action: a search, a node's network or a pair's series is one query.
 */

/** What an edge needs: the event, its heads, its round and every source behind it. */
const CONSULTATION_FIELDS = `
fragment ExploredConsultation on Consultation {
  id kind date datePrecision status city format topics
  countries { code name }
  round { number origin statedAs conflicting statements { number statedAs source { id } } }
  participants { role rank title nameAsWritten country { code name } official { id name aliases country { code name } } }
  citations { facts source { id title publisher citing publishedAt language url caveats } }
  levelParity { balanced gap sides { country { code name } rank } }
}`;

/** Series fields for the timeline: every event of the pair, in date order. */
const SERIES_FIELDS = `
fragment ExploredSeries on ConsultationSeries {
  id kind currentRoundNumber nextRoundNumber
  countries { code name }
  rounds { id date datePrecision status city format round { number origin statedAs conflicting } levelParity { balanced gap } }
  cadence { intervalsDays medianIntervalDays expectedNextDate expectedFrom lastHeldDate toleranceDays overdue daysOverdue asOf }
}`;

export const EXPLORE_QUERIES = {
  /** What a search box text can mean: countries and officials, best first. */
  Search: `query Search($q: String!) {
  countries(name: $q) { code name }
  officials(name: $q, first: 6) { edges { matchScore node { id name country { code name } } } }
}`,
  /** A pair typed as two names: each side resolved on its own. */
  PairSides: `query PairSides($a: String!, $b: String!) {
  a: countries(name: $a) { code name }
  b: countries(name: $b) { code name }
}`,
  /** `participant` is the same id: the filter also takes names, hence String, not ID. */
  OfficialNetwork: `query OfficialNetwork($id: ID!, $participant: String!, $first: Int!) {
  official(id: $id) { id name aliases country { code name } }
  consultations(filter: { participant: $participant }, first: $first) { totalCount edges { node { ...ExploredConsultation } } }
}${CONSULTATION_FIELDS}`,
  CountryNetwork: `query CountryNetwork($code: String!, $first: Int!) {
  country(code: $code) { code name }
  consultations(filter: { country: $code }, first: $first) { totalCount edges { node { ...ExploredConsultation } } }
}${CONSULTATION_FIELDS}`,
  PairNetwork: `query PairNetwork($pair: [String!]!, $first: Int!) {
  consultations(filter: { between: $pair }, first: $first) { totalCount edges { node { ...ExploredConsultation } } }
}${CONSULTATION_FIELDS}`,
  /** Both kinds of recurring talks a pair may hold, each its own row of the timeline. */
  PairSeries: `query PairSeries($pair: [String!]!) {
  political: consultationSeries(between: $pair, kind: POLITICAL_CONSULTATIONS) { ...ExploredSeries }
  commission: consultationSeries(between: $pair, kind: INTERGOVERNMENTAL_COMMISSION) { ...ExploredSeries }
  other: consultationSeries(between: $pair, kind: OTHER) { ...ExploredSeries }
}${SERIES_FIELDS}`,
} as const;

export type ExploreQueryName = keyof typeof EXPLORE_QUERIES;

/** Sent to /graphql/stream (Server-Sent Events): every consultation recorded while the page is open. */
export const EXPLORE_SUBSCRIPTIONS = {
  Live: `subscription Live {
  consultationRecorded { ...ExploredConsultation }
}${CONSULTATION_FIELDS}`,
} as const;

export type ExploreSubscriptionName = keyof typeof EXPLORE_SUBSCRIPTIONS;

/** How many consultations one node's network shows (the API's page size limit is 100). */
export const NETWORK_PAGE_SIZE = 50;
