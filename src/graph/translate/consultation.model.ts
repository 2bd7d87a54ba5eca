import { embedded, eachOf, expression, property, related } from './build';
import { cypher, CypherText, NOTHING } from './cypher-text';
import { Binding, TypeTranslation } from './scope';

/** Sources of an event in the order everyone reads them: oldest report first, undated last. */
const BY_REPORT_DATE = (own: Binding) => cypher`coalesce(${own.node}.publishedAt, '9999'), ${own.node}.id`;

/**
 * `(event)-[r:SUPPORTED_BY]->(source)`: the roles a citation, a source and a round statement are
 * read from; `where`, if any, is built from the same variables (no text is rewritten afterwards).
 */
const supportedBy = (where?: (own: Binding) => CypherText) => (parent: Binding, own: Binding) =>
  cypher`MATCH (${parent.node})-[${own.rel}:SUPPORTED_BY]->(${own.node}:Source)${where ? cypher` WHERE ${where(own)}` : NOTHING}`;

/** A country value for a code expression (null when the code is). */
const nullableCountry = (code: (b: Binding) => CypherText) => ({ binding, field, project }: Parameters<ReturnType<typeof embedded>>[0]) =>
  cypher`CASE WHEN ${code(binding)} IS NULL THEN null ELSE ${project('Country', { code: code(binding) }, field.selections)} END`;

export const CONSULTATION_TYPES: Record<string, TypeTranslation> = {
  Consultation: {
    id: property('id'),
    kind: property('kind'),
    status: property('status'),
    date: property('date'),
    datePrecision: property('datePrecision'),
    city: property('city'),
    format: property('format'),
    countries: eachOf('Country', (b) => cypher`${b.node}.countryCodes`, 'code'),
    conflicts: expression((b) => cypher`[k IN ['date', 'city', 'format'] WHERE ${b.node}[k + 'Conflicting'] = true]`),
    round: embedded('Round'),
    // Heads first, then by side.
    participants: related({
      typeName: 'Participation',
      roles: ['node'],
      match: (parent, own) => cypher`MATCH (${parent.node})<-[:IN]-(${own.node}:Participation)`,
      order: (own) => cypher`${own.node}.role, ${own.node}.country, ${own.node}.id`,
    }),
    topics: ({ binding, scope }) => {
      const t = scope.variable();
      return cypher`COLLECT { MATCH (${binding.node})-[:ABOUT]->(${t}:Topic) WITH ${t} ORDER BY ${t}.name RETURN ${t}.name }`;
    },
    sources: related({ typeName: 'Source', roles: ['rel', 'node'], match: supportedBy(), order: BY_REPORT_DATE }),
    citations: related({ typeName: 'Citation', roles: ['rel', 'node'], match: supportedBy(), order: BY_REPORT_DATE }),
    series: related({
      typeName: 'ConsultationSeries',
      roles: ['node'],
      match: (parent, own) => cypher`MATCH (${parent.node})-[:IN_SERIES]->(${own.node}:Series)`,
      one: true,
    }),
    levelParity: embedded('LevelParity'),
    sideMeetings: related({
      typeName: 'SideMeeting',
      roles: ['node'],
      match: (parent, own) => cypher`MATCH (${parent.node})<-[:DURING]-(${own.node}:SideMeeting)`,
      order: (own) => cypher`${own.node}.id`,
    }),
  },

  /** Read from the consultation itself (its stored round) and the sources that state one. */
  Round: {
    number: property('roundNumber'),
    origin: property('roundOrigin', { otherwise: cypher`'UNKNOWN'` }),
    statedAs: property('roundStatedAs'),
    conflicting: property('roundConflicting', { otherwise: cypher`false` }),
    // Stated or inferred numbers bound themselves; an unknown round has no bounds unless stored.
    atLeast: expression((b) => cypher`coalesce(${b.node}.roundAtLeast, CASE WHEN coalesce(${b.node}.roundOrigin, 'UNKNOWN') = 'UNKNOWN' THEN null ELSE ${b.node}.roundNumber END)`),
    atMost: expression((b) => cypher`coalesce(${b.node}.roundAtMost, CASE WHEN coalesce(${b.node}.roundOrigin, 'UNKNOWN') = 'UNKNOWN' THEN null ELSE ${b.node}.roundNumber END)`),
    statements: related({ typeName: 'RoundStatement', roles: ['rel', 'node'], match: supportedBy((own) => cypher`${own.rel}.roundStatedAs IS NOT NULL`), order: BY_REPORT_DATE }),
  },

  RoundStatement: {
    number: property('roundNumber', { role: 'rel' }),
    statedAs: property('roundStatedAs', { role: 'rel' }),
    source: embedded('Source'),
  },

  Citation: {
    facts: property('facts', { role: 'rel', otherwise: cypher`[]` }),
    date: property('date', { role: 'rel' }),
    city: property('city', { role: 'rel' }),
    format: property('format', { role: 'rel' }),
    status: property('status', { role: 'rel' }),
    source: embedded('Source'),
  },

  /** The parity stored on the consultation (series/derived-values.ts), one side per country of the event. */
  LevelParity: {
    balanced: property('levelBalanced'),
    gap: property('levelGap'),
    sides: eachOf('SideLevel', (b) => cypher`${b.node}.countryCodes`, 'code'),
  },

  SideLevel: {
    country: embedded('Country', (b) => ({ code: b.code })),
    rank: expression(
      (b) => cypher`head([i IN range(0, size(coalesce(${b.node}.levelSideCountries, [])) - 1) WHERE ${b.node}.levelSideCountries[i] = ${b.code} | ${b.node}.levelSideRanks[i]])`,
    ),
  },

  SideMeeting: {
    id: property('id'),
    kind: property('kind'),
    description: property('description'),
    country: nullableCountry((b) => cypher`${b.node}.countryCode`),
    organisation: related({
      typeName: 'Organisation',
      roles: ['node'],
      match: (parent, own) => cypher`MATCH (${parent.node})-[:WITH]->(${own.node}:Organisation)`,
      one: true,
    }),
    participants: related({
      typeName: 'Participation',
      roles: ['node'],
      match: (parent, own) => cypher`MATCH (${parent.node})<-[:IN]-(${own.node}:Participation)`,
      order: (own) => cypher`${own.node}.role, ${own.node}.country, ${own.node}.id`,
    }),
  },

  Organisation: {
    id: property('id'),
    name: property('name'),
    kind: property('kind'),
    country: nullableCountry((b) => cypher`${b.node}.countryCode`),
  },
};
