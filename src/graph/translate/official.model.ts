import { resolveCountry } from '../../country-names';
import { embedded, expression, property, related } from './build';
import { pageArguments } from './page';
import { FieldContext, TypeTranslation } from './scope';

/** `inner` names the participations afresh; the WHERE of `outer` is rewritten to the same names. */
function renameParticipations(outer: string, inner: string): string {
  const before = [...outer.matchAll(/\b(this\d+):Participation/g)].map((m) => m[1]);
  const after = [...inner.matchAll(/\b(this\d+):Participation/g)].map((m) => m[1]);
  return before.reduce((text, name, i) => text.replace(new RegExp(`\\b${name}\\b`, 'g'), after[i]), outer);
}

/** Newest first, undated last: the order of every list of an official's events. */
const NEWEST_FIRST = (event: string) => `${event}.sortDate DESC, ${event}.id`;

/**
 * The people across the table: the other side's participants in the official's events, with
 * those events (newest first); filtered by the rank they held there and their side, alphabetical,
 * one page of them. A filter left out is left out of the query (not `$x IS NULL OR …`).
 */
function counterparts(ctx: FieldContext): string {
  const { scope, binding, field } = ctx;
  const rank = field.args.rank ? scope.param(field.args.rank) : null;
  const country = field.args.country as string | null | undefined;
  let code: string | null = null;
  if (country !== null && country !== undefined) {
    const found = country.length >= 1 && country.length <= 100 ? resolveCountry(country)?.code : undefined;
    if (!found) scope.problem(`${ctx.path}.country`, `"${country.slice(0, 60)}" is not a country name or ISO code we know`);
    code = scope.param(found ?? null);
  }
  const [mine, event, theirs, other] = [scope.variable(), scope.variable(), scope.variable(), scope.variable()];
  const conditions = [`${theirs}.country <> ${mine}.country`, ...(rank ? [`${theirs}.rank = ${rank}`] : []), ...(code ? [`${theirs}.country = ${code}`] : [])];
  // The meetings with one counterpart, `EVENT` standing for the event's variable (Counterpart.consultations matches them again:
  // no aggregation may sit inside a subquery expression).
  const meetings = `MATCH (${binding.node})<-[:OF]-(${mine}:Participation)-[:IN]->(EVENT:Consultation)<-[:IN]-(${theirs}:Participation)-[:OF]->(${other}) WHERE ${conditions.join(' AND ')}`;
  const page = pageArguments(ctx);
  return `COLLECT { ${meetings.replace('EVENT', event).replace(`(${other})`, `(${other}:Official)`)} ` +
    `WITH DISTINCT ${other} ORDER BY ${other}.name, ${other}.id SKIP ${page.skip} LIMIT ${page.limit} ` +
    `RETURN ${ctx.project('Counterpart', { node: other, meetings }, field.selections)} }`;
}

export const OFFICIAL_TYPES: Record<string, TypeTranslation> = {
  Official: {
    id: property('id'),
    name: property('name'),
    aliases: property('aliases', { otherwise: '[]' }),
    country: embedded('Country', (b) => ({ code: `${b.node}.countryCode` })),
    counterparts,
    // Flagged at a write in either direction (the newcomer and each person it may be), best score first.
    possibleDuplicates: related({
      typeName: 'Official',
      roles: ['rel', 'node'],
      match: (parent, own) => `MATCH (${parent.node})-[${own.rel}:POSSIBLE_DUPLICATE_OF]-(${own.node}:Official)`,
      order: (own) => `${own.rel}.score DESC, ${own.node}.id`,
      bind: (own) => ({ node: own.node }),
    }),
    participations: related({
      typeName: 'Participation',
      roles: ['node', 'event'],
      match: (parent, own) => `MATCH (${parent.node})<-[:OF]-(${own.node}:Participation)-[:IN]->(${own.event}:Consultation)`,
      order: (own) => NEWEST_FIRST(own.event),
      page: pageArguments,
    }),
  },

  /** `node`: the other official; `meetings`: the MATCH of the events where they met (see counterparts). */
  Counterpart: {
    official: embedded('Official', (b) => ({ node: b.node })),
    consultations: (ctx) => {
      const event = ctx.scope.variable();
      // Fresh names for the pattern's own variables: this subquery sits inside the one that bound them.
      const inner = ctx.binding.meetings.replace(/\b(this\d+)(?=:Participation)/g, () => ctx.scope.variable());
      const renamed = renameParticipations(ctx.binding.meetings, inner);
      return `COLLECT { ${renamed.replace('EVENT', event)} WITH DISTINCT ${event} ORDER BY ${NEWEST_FIRST(event)} RETURN ${ctx.project('Consultation', { node: event }, ctx.field.selections)} }`;
    },
  },

  Participation: {
    id: property('id'),
    nameAsWritten: property('nameAsWritten'),
    title: property('title'),
    rank: property('rank'),
    role: property('role'),
    country: embedded('Country', (b) => ({ code: `${b.node}.country` })),
    conflicts: expression((b) => `[k IN ['title', 'rank'] WHERE ${b.node}[k + 'Conflicting'] = true]`),
    official: related({
      typeName: 'Official',
      roles: ['node'],
      match: (parent, own) => `MATCH (${parent.node})-[:OF]->(${own.node}:Official)`,
      one: true,
    }),
    consultation: related({
      typeName: 'Consultation',
      roles: ['node'],
      match: (parent, own) => `MATCH (${parent.node})-[:IN]->(${own.node}:Consultation)`,
      one: true,
    }),
    statements: related({
      typeName: 'ParticipationStatement',
      roles: ['rel', 'node'],
      match: (parent, own) => `MATCH (${parent.node})-[${own.rel}:SUPPORTED_BY]->(${own.node}:Source)`,
      order: (own) => `coalesce(${own.node}.publishedAt, '9999'), ${own.node}.id`,
    }),
  },

  ParticipationStatement: {
    title: property('title', { role: 'rel' }),
    rank: property('rank', { role: 'rel' }),
    nameAsWritten: property('nameAsWritten', { role: 'rel', otherwise: '[]' }),
    source: embedded('Source'),
  },

  /** `step`: a map with the ids of the step's two officials (`from`, `to`). */
  MeetingStep: {
    from: related({ typeName: 'Official', roles: ['node'], match: (b, own) => `MATCH (${own.node}:Official {id: ${b.step}.from})`, one: true }),
    to: related({ typeName: 'Official', roles: ['node'], match: (b, own) => `MATCH (${own.node}:Official {id: ${b.step}.to})`, one: true }),
    consultations: related({
      typeName: 'Consultation',
      roles: ['node'],
      match: (b, own) =>
        `MATCH (:Official {id: ${b.step}.from})<-[:OF]-(:Participation)-[:IN]->(${own.node}:Consultation)<-[:IN]-(:Participation)-[:OF]->(:Official {id: ${b.step}.to})`,
      distinct: true,
      order: (own) => NEWEST_FIRST(own.node),
    }),
  },
};
