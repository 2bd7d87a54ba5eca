import { cypher, Fragment, join } from './cypher-text';
import { connectionOf, expression, property, related } from './build';
import { pageArguments } from './page';
import { TypeTranslation } from './scope';

/** Rounds in date order, undated ones last (they cannot be placed). */
const DATE_ORDER = (event: Fragment) => cypher`CASE ${event}.sortDate WHEN '0000-00-00' THEN '9999' ELSE ${event}.sortDate END, ${event}.id`;

/** The stored cadence of a series (derived-values.ts) in SeriesCadence's shape; the resolver judges it on a day. */
export const storedCadence = (series: Fragment) => join([
  cypher`{ intervalsDays: coalesce(${series}.intervalsDays, []), medianIntervalDays: ${series}.medianIntervalDays`,
  cypher`lastHeldDate: ${series}.lastHeldDate, expectedNextDate: ${series}.expectedNextDate, expectedFrom: ${series}.expectedFrom`,
  cypher`toleranceDays: coalesce(${series}.cadenceToleranceDays, 30), quietAfter: ${series}.quietAfter }`,
], ', ');

/** The series' events in date order, a page of them. */
const rounds = related({
  typeName: 'Consultation',
  roles: ['node'],
  match: (parent, own) => cypher`MATCH (${parent.node})<-[:IN_SERIES]-(${own.node}:Consultation)`,
  order: (own) => DATE_ORDER(own.node),
  page: pageArguments,
});

export const SERIES_TYPES: Record<string, TypeTranslation> = {
  ConsultationSeries: {
    id: property('id'),
    kind: property('kind'),
    currentRoundNumber: property('currentRoundNumber'),
    nextRoundNumber: property('nextRoundNumber'),
    countries: related({
      typeName: 'Country',
      roles: ['country'],
      match: (parent, own) => cypher`MATCH (${parent.node})-[:BETWEEN]->(${own.country}:Country)`,
      order: (own) => cypher`${own.country}.code`,
      bind: (own) => ({ code: cypher`${own.country}.code` }),
    }),
    rounds,
    roundsConnection: connectionOf(rounds),
    cadence: expression((b) => storedCadence(b.node)),
  },
};
