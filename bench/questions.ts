/**
 * The headline questions, each asked three ways over the same graph: our GraphQL API, one
 * hand-written Cypher query (the floor: what the database alone costs), and — where it can
 * express it — the @neo4j/graphql peer. Parameters come from the dataset (see sample-params.ts).
 */
export interface Sample {
  officialId: string;
  otherOfficialId: string;
  officialName: string;
  fuzzyName: string;
  nameKeys: string[];
  pair: [string, string];
  seriesId: string;
  country: string;
}

export interface Question {
  key: 'a' | 'a20' | 'b' | 'c' | 'd' | 'e';
  title: string;
  graphql: (s: Sample) => { query: string; variables: Record<string, unknown> };
  cypher: string;
  cypherParams: (s: Sample) => Record<string, unknown>;
  /** The same question to the @neo4j/graphql peer; absent when its generated schema cannot express it. */
  peer?: (s: Sample) => { query: string; variables: Record<string, unknown> };
  /** Why the peer cannot answer it. */
  peerCannot?: string;
}

export const QUESTIONS: Question[] = [
  {
    key: 'a',
    title: 'counterparts of an official (rank filter), their consultations and sources',
    graphql: (s) => ({
      query: `query($id: ID!) { official(id: $id) { id name counterparts(rank: DEPUTY_MINISTER) { official { id name } consultations { id date sources { id title } } } } }`,
      variables: { id: s.officialId },
    }),
    cypher: `
MATCH (o:Official {id: $id})<-[:OF]-(:Participation)-[:IN]->(c:Consultation)<-[:IN]-(q:Participation)-[:OF]->(other:Official)
WHERE other <> o AND q.rank = $rank
WITH o, other, c ORDER BY c.sortDate DESC
WITH o, other, collect(c {.id, .date, sources: [(c)-[:SUPPORTED_BY]->(s:Source) | s {.id, .title}]}) AS consultations
RETURN o.id AS id, o.name AS name, collect({official: other {.id, .name}, consultations: consultations}) AS counterparts`,
    cypherParams: (s) => ({ id: s.officialId, rank: 'DEPUTY_MINISTER' }),
    // Same facts, grouped by event instead of by counterpart (the generated schema has no grouping).
    peer: (s) => ({
      query: `query($id: ID!) { officials(where: { id: { eq: $id } }) { id name participations { consultation { id date sortDate sources { id title }
        participations(where: { rank: { eq: "DEPUTY_MINISTER" } }) { official { id name } } } } } }`,
      variables: { id: s.officialId },
    }),
  },
  {
    // The degree-bounded form of (a) the issue asks for at 1M: one page of 20 counterparts. The
    // unpaged (a) above stays, so figures compare with earlier runs.
    key: 'a20',
    title: 'counterparts of an official (rank filter), first page of 20, their consultations and sources',
    graphql: (s) => ({
      query: `query($id: ID!) { official(id: $id) { id name counterparts(rank: DEPUTY_MINISTER, first: 20) { official { id name } consultations { id date sources { id title } } } } }`,
      variables: { id: s.officialId },
    }),
    // The same page by hand, in one pass: the counterparts across the table (other side, that rank)
    // with the events where they met, alphabetical, 20 of them.
    cypher: `
MATCH (o:Official {id: $id})<-[:OF]-(m:Participation)-[:IN]->(c:Consultation)<-[:IN]-(q:Participation)-[:OF]->(other:Official)
WHERE q.country <> m.country AND q.rank = $rank
WITH o, other, collect(DISTINCT c) AS events ORDER BY other.name, other.id LIMIT 20
WITH o, other, COLLECT { UNWIND events AS e WITH e ORDER BY e.sortDate DESC, e.id RETURN e {.id, .date, sources: [(e)-[:SUPPORTED_BY]->(s:Source) | s {.id, .title}]} } AS consultations
WITH o, collect({official: other {.id, .name}, consultations: consultations}) AS counterparts
RETURN o.id AS id, o.name AS name, counterparts`,
    cypherParams: (s) => ({ id: s.officialId, rank: 'DEPUTY_MINISTER' }),
    peerCannot: 'no grouping by counterpart in a generated schema, so no page of counterparts (a page of participations is another question)',
  },
  {
    key: 'b',
    title: "a pair's series with its rounds",
    graphql: (s) => ({
      query: `query($between: [String!]!) { consultationSeries(between: $between) { id currentRoundNumber nextRoundNumber rounds { id date round { number origin } } } }`,
      variables: { between: s.pair },
    }),
    cypher: `
MATCH (s:Series {id: $seriesId})<-[:IN_SERIES]-(c:Consultation)
WITH s, c ORDER BY c.sortDate, c.id
WITH s, collect(c {.id, .date, .roundNumber, .roundOrigin}) AS rounds
RETURN s {.id, .currentRoundNumber, .nextRoundNumber, rounds: rounds} AS series`,
    cypherParams: (s) => ({ seriesId: s.seriesId }),
    peer: (s) => ({
      query: `query($id: ID!) { series(where: { id: { eq: $id } }) { id currentRoundNumber nextRoundNumber consultations(sort: [{ sortDate: ASC }]) { id date roundNumber roundOrigin } } }`,
      variables: { id: s.seriesId },
    }),
  },
  {
    key: 'c',
    title: "a country's timeline page of 50 consultations with participants",
    graphql: (s) => ({
      query: `query($country: String!) { consultations(filter: { country: $country }, first: 50) { edges { node { id date participants { official { id name } rank country { code } } } } } }`,
      variables: { country: s.country },
    }),
    cypher: `
MATCH (:Country {code: $code})<-[:BETWEEN]-(c:Consultation)
WITH c ORDER BY c.sortDate DESC, c.id DESC LIMIT 50
RETURN c {.id, .date, participants: [(c)<-[:IN]-(p:Participation)-[:OF]->(o:Official) | {official: o {.id, .name}, rank: p.rank, country: p.country}]} AS consultation`,
    cypherParams: (s) => ({ code: s.country }),
    peer: (s) => ({
      query: `query($code: ID!) { consultations(where: { countries: { some: { code: { eq: $code } } } }, sort: [{ sortDate: DESC }, { id: DESC }], limit: 50) {
        id date participations { rank country official { id name } } } }`,
      variables: { code: s.country },
    }),
  },
  {
    key: 'd',
    title: 'fuzzy name search',
    graphql: (s) => ({
      query: `query($name: String!) { officials(name: $name, first: 20) { edges { node { id name country { code } } } } }`,
      variables: { name: s.fuzzyName },
    }),
    // The floor gets the name keys precomputed: only the database's part of the search.
    cypher: `
UNWIND $keys AS key
MATCH (:NameKey {value: key})-[:KEY_OF]->(o:Official)
RETURN DISTINCT o {.id, .name, .countryCode} AS official LIMIT 20`,
    cypherParams: (s) => ({ keys: s.nameKeys }),
    peerCannot: 'no spelling-independent name matching in a generated schema (only exact, prefix, contains filters)',
  },
  {
    key: 'e',
    title: 'meeting path between two officials',
    graphql: (s) => ({
      query: `query($from: ID!, $to: ID!) { meetingPath(from: $from, to: $to, maxHops: 4) { id name } }`,
      variables: { from: s.officialId, to: s.otherOfficialId },
    }),
    cypher: `
MATCH (a:Official {id: $from}), (b:Official {id: $to})
MATCH path = SHORTEST 1 (a) ((:Official)<-[:OF]-(:Participation)-[:IN]->(:Consultation)<-[:IN]-(:Participation)-[:OF]->(:Official)){1,10} (b)
WHERE length(path) <= 16
RETURN [n IN nodes(path) WHERE n:Official | n {.id, .name}] AS officials`,
    cypherParams: (s) => ({ from: s.officialId, to: s.otherOfficialId }),
    peerCannot: 'no shortest-path query in a generated schema',
  },
];
