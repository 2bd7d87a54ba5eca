/** The analyst's questions beyond lookups, as pure functions: a series' rhythm, protocol level, quiet series. */
export { cadenceAsOf, OVERDUE_FLOOR_DAYS, seriesCadence } from './cadence';
export type { CadenceAsOf, CadenceEvent, ExpectedFrom, SeriesCadence } from './cadence';
export { addDays, daysBetween, todayUtc } from './days';
export { levelParity, RANK_LEVEL, rankLevel } from './level-parity';
export type { HeadRank, LevelParityValue, SideLevelValue } from './level-parity';
export { mostOverdueFirst } from './quiet-series';
export type { SeriesWithCadence } from './quiet-series';
