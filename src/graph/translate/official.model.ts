import { cypher, CypherText, Fragment, join, Parameter } from './cypher-text';
import { resolveCountry } from '../../country-names';
import { connectionOf, embedded, expression, property, related } from './build';
import { pageArguments } from './page';
import { FieldContext, TypeTranslation } from './scope';

/** Newest first, undated last: the order of every list of an official's events. */
const NEWEST_FIRST = (event: Fragment) => cypher`${event}.sortDate DESC, ${event}.id`;

/**
 * The variables of one match of an official's meetings with a counterpart, and the filters'
 * parameter references (absent: that filter was not asked for).
 */
interface Meetings {
  official: Fragment;
  mine: Fragment;
  event: Fragment;
  theirs: Fragment;
  other: Fragment;
  rank?: Fragment;
  code?: Fragment;
}

/**
 * The MATCH of the events where `official` met `other` across the table (the other side's
 * participants, filtered by the rank they held there and their country).
 */
function meetingsMatch(m: Meetings): CypherText {
  const conditions = [cypher`${m.theirs}.country <> ${m.mine}.country`, ...(m.rank ? [cypher`${m.theirs}.rank = ${m.rank}`] : []), ...(m.code ? [cypher`${m.theirs}.country = ${m.code}`] : [])];
  return join([
    cypher`MATCH (${m.official})<-[:OF]-(${m.mine}:Participation)-[:IN]->(${m.event}:Consultation)<-[:IN]-(${m.theirs}:Participation)-[:OF]->(${m.other}:Official)`,
    cypher`WHERE ${join(conditions, ' AND ')}`,
  ], ' ');
}

/**
 * The people across the table: the other side's participants in the official's events, filtered
 * by the rank they held there and their side, alphabetical, one page of them, each with the events
 * where they met.
 *
 * The official's meetings are expanded once, into (counterpart, event) pairs, and each page entry
 * takes its events from those pairs. Matching the events again per counterpart (the first version)
 * expanded from each counterpart's own meetings: at 1M, for a busy official, 1.2M db hits for a
 * page of 100 against 22k for the single pass. The pairs are a list, not an aggregation, because
 * Cypher reads an aggregation inside a subquery expression as one of the enclosing projection.
 * A filter left out is left out of the query (not `$x IS NULL OR …`).
 */
function counterparts(ctx: FieldContext): CypherText {
  const { scope, binding, field } = ctx;
  const rank = field.args.rank ? scope.param(field.args.rank) : undefined;
  const country = field.args.country as string | null | undefined;
  let code: Parameter | undefined;
  if (country !== null && country !== undefined) {
    const found = country.length >= 1 && country.length <= 100 ? resolveCountry(country)?.code : undefined;
    if (!found) scope.problem(`${ctx.path}.country`, `"${country.slice(0, 60)}" is not a country name or ISO code we know`);
    code = scope.param(found ?? null);
  }
  const [mine, event, theirs, other, pairs, pair] = [scope.variable(), scope.variable(), scope.variable(), scope.variable(), scope.variable(), scope.variable()];
  const page = pageArguments(ctx);
  return join([
    cypher`COLLECT { WITH COLLECT { ${meetingsMatch({ official: binding.node, mine, event, theirs, other, rank, code })} RETURN DISTINCT {other: ${other}, event: ${event}} } AS ${pairs}`,
    cypher`CALL (${pairs}) { UNWIND ${pairs} AS ${pair} WITH DISTINCT ${pair}.other AS ${other} ORDER BY ${other}.name, ${other}.id SKIP ${page.skip} LIMIT ${page.limit} RETURN ${other} }`,
    cypher`RETURN ${ctx.project('Counterpart', { node: other, pairs }, field.selections)} }`,
  ], ' ');
}

/** Every event the official took part in, newest first, a page of them. */
const participations = related({
  typeName: 'Participation',
  roles: ['node', 'event'],
  match: (parent, own) => cypher`MATCH (${parent.node})<-[:OF]-(${own.node}:Participation)-[:IN]->(${own.event}:Consultation)`,
  order: (own) => NEWEST_FIRST(own.event),
  page: pageArguments,
});

export const OFFICIAL_TYPES: Record<string, TypeTranslation> = {
  Official: {
    id: property('id'),
    name: property('name'),
    aliases: property('aliases', { otherwise: cypher`[]` }),
    country: embedded('Country', (b) => ({ code: cypher`${b.node}.countryCode` })),
    counterparts,
    counterpartsConnection: connectionOf(counterparts),
    // Flagged at a write in either direction (the newcomer and each person it may be), best score first.
    possibleDuplicates: related({
      typeName: 'Official',
      roles: ['rel', 'node'],
      match: (parent, own) => cypher`MATCH (${parent.node})-[${own.rel}:POSSIBLE_DUPLICATE_OF]-(${own.node}:Official)`,
      order: (own) => cypher`${own.rel}.score DESC, ${own.node}.id`,
      bind: (own) => ({ node: own.node }),
    }),
    participations,
    participationsConnection: connectionOf(participations),
  },

  /** `node`: the other official; `pairs`: the official's (counterpart, event) meetings, from counterparts. */
  Counterpart: {
    official: embedded('Official', (b) => ({ node: b.node })),
    consultations: ({ binding, scope, project, field }) => {
      const [pair, event] = [scope.variable(), scope.variable()];
      return cypher`COLLECT { UNWIND ${binding.pairs} AS ${pair} WITH ${pair} WHERE ${pair}.other = ${binding.node} WITH ${pair}.event AS ${event} ORDER BY ${NEWEST_FIRST(event)} RETURN ${project('Consultation', { node: event }, field.selections)} }`;
    },
  },

  Participation: {
    id: property('id'),
    nameAsWritten: property('nameAsWritten'),
    title: property('title'),
    rank: property('rank'),
    role: property('role'),
    country: embedded('Country', (b) => ({ code: cypher`${b.node}.country` })),
    conflicts: expression((b) => cypher`[k IN ['title', 'rank'] WHERE ${b.node}[k + 'Conflicting'] = true]`),
    official: related({
      typeName: 'Official',
      roles: ['node'],
      match: (parent, own) => cypher`MATCH (${parent.node})-[:OF]->(${own.node}:Official)`,
      one: true,
    }),
    consultation: related({
      typeName: 'Consultation',
      roles: ['node'],
      match: (parent, own) => cypher`MATCH (${parent.node})-[:IN]->(${own.node}:Consultation)`,
      one: true,
    }),
    statements: related({
      typeName: 'ParticipationStatement',
      roles: ['rel', 'node'],
      match: (parent, own) => cypher`MATCH (${parent.node})-[${own.rel}:SUPPORTED_BY]->(${own.node}:Source)`,
      order: (own) => cypher`coalesce(${own.node}.publishedAt, '9999'), ${own.node}.id`,
    }),
  },

  ParticipationStatement: {
    title: property('title', { role: 'rel' }),
    rank: property('rank', { role: 'rel' }),
    nameAsWritten: property('nameAsWritten', { role: 'rel', otherwise: cypher`[]` }),
    source: embedded('Source'),
  },

  /** `step`: a map with the ids of the step's two officials (`from`, `to`). */
  MeetingStep: {
    from: related({ typeName: 'Official', roles: ['node'], match: (b, own) => cypher`MATCH (${own.node}:Official {id: ${b.step}.from})`, one: true }),
    to: related({ typeName: 'Official', roles: ['node'], match: (b, own) => cypher`MATCH (${own.node}:Official {id: ${b.step}.to})`, one: true }),
    consultations: related({
      typeName: 'Consultation',
      roles: ['node'],
      match: (b, own) =>
        cypher`MATCH (:Official {id: ${b.step}.from})<-[:OF]-(:Participation)-[:IN]->(${own.node}:Consultation)<-[:IN]-(:Participation)-[:OF]->(:Official {id: ${b.step}.to})`,
      distinct: true,
      order: (own) => NEWEST_FIRST(own.node),
    }),
  },
};
