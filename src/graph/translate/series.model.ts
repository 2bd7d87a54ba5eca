import { connectionOf, expression, property, related } from './build';
import { pageArguments } from './page';
import { TypeTranslation } from './scope';

/** Rounds in date order, undated ones last (they cannot be placed). */
const DATE_ORDER = (event: string) => `CASE ${event}.sortDate WHEN '0000-00-00' THEN '9999' ELSE ${event}.sortDate END, ${event}.id`;

/** The stored cadence of a series (derived-values.ts) in SeriesCadence's shape; the resolver judges it on a day. */
export const storedCadence = (series: string) => `{ intervalsDays: coalesce(${series}.intervalsDays, []), medianIntervalDays: ${series}.medianIntervalDays, ` +
  `lastHeldDate: ${series}.lastHeldDate, expectedNextDate: ${series}.expectedNextDate, expectedFrom: ${series}.expectedFrom, ` +
  `toleranceDays: coalesce(${series}.cadenceToleranceDays, 30), quietAfter: ${series}.quietAfter }`;

/** The series' events in date order, a page of them. */
const rounds = related({
  typeName: 'Consultation',
  roles: ['node'],
  match: (parent, own) => `MATCH (${parent.node})<-[:IN_SERIES]-(${own.node}:Consultation)`,
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
      match: (parent, own) => `MATCH (${parent.node})-[:BETWEEN]->(${own.country}:Country)`,
      order: (own) => `${own.country}.code`,
      bind: (own) => ({ code: `${own.country}.code` }),
    }),
    rounds,
    roundsConnection: connectionOf(rounds),
    cadence: expression((b) => storedCadence(b.node)),
  },
};
