import { resolveCountry } from '../../../src/country-names';
import { anchorFor, ResolvedConsultationFilter } from '../../../src/graph/consultations/consultation-filter.queries';
import { consultationPage, countriesByCodes, meetingSteps, nodeById, nodesByIds, officialPage, selectionAt, SelectedField, Translation } from '../../../src/graph/translate';
import { QUESTIONS, Sample } from '../../../bench/questions';

/**
 * The translate stage's spec, TCK style: a GraphQL request in, the exact Cypher and parameters
 * out (test/unit/translate/translate.test.ts); the plan test (test/int/query-plans.int.test.ts)
 * EXPLAINs every translation listed here. `translate` calls the stage as the root resolver does.
 */
export interface TranslateCase {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
  translate: (root: SelectedField) => Translation;
}

const NO_FILTER: ResolvedConsultationFilter = {
  country: null, between: null, officialIds: null, city: null, format: null, kind: null, status: null,
  from: '0000-00-00', to: '9999-12-31', topic: null, levelParity: null, rank: null,
};

const CONSULTATION_PARTS = `id kind status date datePrecision city format conflicts
  countries { code name }
  round { number origin statedAs conflicting atLeast atMost statements { number statedAs source { id } } }
  participants { id role rank title nameAsWritten conflicts country { code }
    official { id name } statements { title rank nameAsWritten source { publisher } } }
  topics sources { id publisher language publishedAt }
  citations { facts date city format status source { id } }
  series { id }
  levelParity { balanced gap sides { country { code } rank } }
  sideMeetings { id kind description country { code } organisation { id name kind country { code } } participants { id } }`;

/** A sample for the benchmark's own requests: only the ids matter to the Cypher, which is what these cases freeze. */
const BENCH_SAMPLE: Sample = {
  officialId: 'be-jeroen-cooreman', otherOfficialId: 'az-khalaf-khalafov', officialName: 'Jeroen Cooreman', fuzzyName: 'Cooreman',
  nameKeys: [], pair: ['BE', 'KZ'], seriesId: 'be-kz-political-consultations', country: 'AZ',
};
const benchAsks = (key: 'a' | 'a20' | 'b' | 'c') => QUESTIONS.find((q) => q.key === key)!.graphql(BENCH_SAMPLE);

export const TRANSLATE_CASES: TranslateCase[] = [
  // The benchmark's questions exactly as bench/questions.ts sends them: their Cypher is what the
  // published figures measured, so a change to it shows here (and must be said in the commit).
  {
    name: 'bench (a): counterparts(rank) of an official, unpaged, as the benchmark asks',
    ...benchAsks('a'),
    translate: (root) => nodeById('Official', root.args.id as string, root.selections, root.key),
  },
  {
    name: 'bench (a20): a page of 20 counterparts(rank) of an official, as the benchmark asks',
    ...benchAsks('a20'),
    translate: (root) => nodeById('Official', root.args.id as string, root.selections, root.key),
  },
  {
    name: "bench (b): a pair's series with its rounds, as the benchmark asks",
    ...benchAsks('b'),
    translate: (root) => nodeById('ConsultationSeries', BENCH_SAMPLE.seriesId, root.selections, root.key),
  },
  {
    name: "bench (c): a country's timeline page of 50 with participants, as the benchmark asks",
    ...benchAsks('c'),
    translate: (root) => {
      const filter = { ...NO_FILTER, country: BENCH_SAMPLE.country };
      return consultationPage(filter, anchorFor(filter), 'DATE_DESC', { skip: 0, limit: 50, counted: false }, selectionAt([root], 'consultations', 'edges', 'node'), root.key);
    },
  },
  {
    name: "(a) an official's deputy-minister counterparts and where they met",
    query: `query($id: ID!) { official(id: $id) { name country { code }
      counterparts(rank: DEPUTY_MINISTER, country: "Kazakhstan", first: 10) {
        official { name country { code } } consultations { date city round { number origin statedAs } sources { publisher language publishedAt } } } } }`,
    variables: { id: 'be-jeroen-cooreman' },
    translate: (root) => nodeById('Official', root.args.id as string, root.selections, root.key),
  },
  {
    name: "(b) a pair's series with a page of its rounds, their cadence and countries",
    query: `{ consultationSeries(between: ["BE", "KZ"]) { id kind currentRoundNumber nextRoundNumber countries { code }
      cadence { overdue } rounds(first: 5, after: "b2Zmc2V0OjA") { date city status round { number origin statedAs } } } }`,
    translate: (root) => nodeById('ConsultationSeries', 'be-kz-political-consultations', root.selections, root.key),
  },
  {
    name: "(c) a country's timeline page of 50 with every part of a consultation (uncounted)",
    query: `{ consultations(first: 50, filter: { country: "AZ" }) { pageInfo { hasNextPage } edges { cursor node { ${CONSULTATION_PARTS} } } } }`,
    translate: (root) => {
      const filter = { ...NO_FILTER, country: 'AZ' };
      return consultationPage(filter, anchorFor(filter), 'DATE_DESC', { skip: 0, limit: 50, counted: false }, selectionAt([root], 'consultations', 'edges', 'node'), root.key);
    },
  },
  {
    name: "a country's timeline oldest first and of one kind: the expand-and-sort (the timeline index serves newest first by country and dates alone)",
    query: `{ consultations(first: 5, orderBy: DATE_ASC, filter: { country: "AZ", kind: POLITICAL_CONSULTATIONS }) { edges { node { id date } } } }`,
    translate: (root) => {
      const filter = { ...NO_FILTER, country: 'AZ', kind: 'POLITICAL_CONSULTATIONS' };
      return consultationPage(filter, anchorFor(filter), 'DATE_ASC', { skip: 0, limit: 5, counted: false }, selectionAt([root], 'consultations', 'edges', 'node'), root.key);
    },
  },
  {
    name: "an official's counterparts as a connection: one item past the page, filters carried to their consultations",
    query: `{ official(id: "be-jeroen-cooreman") { id
      counterpartsConnection(first: 2, after: "b2Zmc2V0OjA", rank: DEPUTY_MINISTER, country: "KZ") {
        edges { cursor node { official { id name } consultations { id date } } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } }
      participationsConnection(first: 3) { pageInfo { hasNextPage endCursor } } } }`,
    translate: (root) => nodeById('Official', root.args.id as string, root.selections, root.key),
  },
  {
    name: "a series' rounds as a connection, two aliases of edges merged into one node selection",
    query: `{ consultationSeries(between: ["BE", "KZ"]) { id
      roundsConnection(first: 2, after: "b2Zmc2V0OjA") { a: edges { cursor node { id } } b: edges { node { date } } pageInfo { hasNextPage endCursor } } } }`,
    translate: (root) => nodeById('ConsultationSeries', 'be-kz-political-consultations', root.selections, root.key),
  },
  {
    name: 'a pair\'s consultations oldest first, counted, two aliases of edges merged',
    query: `{ consultations(first: 2, orderBy: DATE_ASC, filter: { between: ["AZ", "BE"] }) { totalCount
      a: edges { node { id } } b: edges { node { when: date } } } }`,
    translate: (root) => {
      const filter = { ...NO_FILTER, between: ['AZ', 'BE'] as [string, string] };
      return consultationPage(filter, anchorFor(filter), 'DATE_ASC', { skip: 0, limit: 2, counted: true }, selectionAt([root], 'consultations', 'edges', 'node'), root.key);
    },
  },
  {
    name: "a participant's consultations (anchored on the official's participations)",
    query: `{ consultations(filter: { participant: "az-khalaf-khalafov", from: "2020" }) { edges { node { id } } } }`,
    translate: (root) => {
      const filter = { ...NO_FILTER, officialIds: ['az-khalaf-khalafov'], from: '2020-01-01', to: '9999-12-31' };
      return consultationPage(filter, anchorFor(filter), 'DATE_DESC', { skip: 0, limit: 20, counted: false }, selectionAt([root], 'consultations', 'edges', 'node'), root.key);
    },
  },
  {
    name: 'one consultation: aliases, a named and an inline fragment, variables, @skip and @include',
    query: `query($skipTopics: Boolean!, $lang: String) { consultation(id: "az-be-political-consultations-2022-04-04") {
      ...Basics ... on Consultation { where: city } topics @skip(if: $skipTopics) heads: participants @include(if: true) { role official { ...Person } } countries { name(lang: $lang) } } }
      fragment Basics on Consultation { id date }
      fragment Person on Official { id name aliases participations(first: 3) { id consultation { id } } }`,
    variables: { skipTopics: true, lang: 'de' },
    translate: (root) => nodeById('Consultation', root.args.id as string, root.selections, root.key),
  },
  {
    name: 'officials without a name: an alphabetical page of a country',
    query: `{ officials(country: "AZ", first: 5) { totalCount edges { node { id name aliases } } } }`,
    translate: (root) => officialPage({ country: resolveCountry(root.args.country as string)!.code, rank: null }, { skip: 0, limit: 5 }, selectionAt([root], 'officials', 'edges', 'node'), root.key),
  },
  {
    name: '(d) officials by name: the scored ids, read in their order',
    query: `{ officials(name: "Khalafov") { edges { matchScore node { id name country { code } } } } }`,
    translate: (root) => nodesByIds('Official', ['az-khalaf-khalafov'], selectionAt([root], 'officials', 'edges', 'node'), root.key),
  },
  {
    name: '(e) a meeting path: the officials along it',
    query: `{ meetingPath(from: "kz-roman-vassilenko", to: "az-khalaf-khalafov") { id name } }`,
    translate: (root) => nodesByIds('Official', ['kz-roman-vassilenko', 'be-jeroen-cooreman', 'az-khalaf-khalafov'], root.selections, root.key),
  },
  {
    name: 'a meeting route: each step with both officials and every consultation linking them',
    query: `{ meetingRoute(from: "kz-roman-vassilenko", to: "az-khalaf-khalafov") { from { name } to { name } consultations { id date } } }`,
    translate: (root) => meetingSteps([{ from: 'kz-roman-vassilenko', to: 'be-jeroen-cooreman' }, { from: 'be-jeroen-cooreman', to: 'az-khalaf-khalafov' }], root.selections, root.key),
  },
  {
    name: 'one source with the consultations it supports',
    query: `{ source(id: "eureporter-az-2024-10") { id publisher citing language publishedAt title url caveats sourceText consultations { id } } }`,
    translate: (root) => nodeById('Source', root.args.id as string, root.selections, root.key),
  },
  {
    name: 'a full-text search: the hits read in relevance order',
    query: `{ sources(search: "Konsultation") { edges { score node { id title } } } }`,
    translate: (root) => nodesByIds('Source', ['eureporter-az-2024-10'], selectionAt([root], 'sources', 'edges', 'node'), root.key),
  },
  {
    name: "a country's partners, their consultations, relations and agreements",
    query: `{ country(code: "AZ") { code name partners { country { code } consultations { id } diplomaticRelationsSince agreements { name year } } } }`,
    translate: (root) => countriesByCodes(['AZ'], root.selections, root.key),
  },
  {
    name: 'quiet series: the overdue ones read in the order the cadence rule gave',
    query: `{ quietSeries(asOf: "2030") { id cadence { daysOverdue } rounds { id } } }`,
    translate: (root) => nodesByIds('ConsultationSeries', ['az-lv-intergovernmental-commission', 'be-kz-political-consultations'], root.selections, root.key),
  },
  {
    name: "countries a name can mean, with their partners (the selection reaches into the graph)",
    query: `{ countries(name: "Aserbaidschan") { code name(lang: "de") partners { country { code } } } }`,
    translate: (root) => countriesByCodes(['AZ'], root.selections, root.key),
  },
  {
    name: 'an official flagged as a possible duplicate, and the people it may be',
    query: `{ official(id: "az-khalaf-khalafov") { id possibleDuplicates { id name country { code } } } }`,
    translate: (root) => nodeById('Official', root.args.id as string, root.selections, root.key),
  },
  {
    name: "recordConsultation's read-back: the recorded consultation as the mutation selects it",
    query: `mutation { recordConsultation(input: { id: "az-be-political-consultations-2022-04-04", countries: ["AZ", "BE"], kind: POLITICAL_CONSULTATIONS,
      date: "2022-04-04", sources: [{ id: "x", language: "en", title: "t" }] }) { id date participants { official { id } } } }`,
    translate: (root) => nodeById('Consultation', 'az-be-political-consultations-2022-04-04', root.selections, root.key),
  },
  {
    name: "addOfficialAlias's read-back: the official with the new spelling",
    query: `mutation { addOfficialAlias(officialId: "az-khalaf-khalafov", alias: "Xələf Xələfov") { id aliases } }`,
    translate: (root) => nodeById('Official', root.args.officialId as string, root.selections, root.key),
  },
  {
    name: "mergeOfficials' read-back: the official that stays",
    query: `mutation { mergeOfficials(keep: "az-khalaf-khalafov", remove: "az-khalaf-khalafov-2", allowDifferentCountries: false) {
      id aliases possibleDuplicates { id } participations(first: 2) { id } } }`,
    translate: (root) => nodeById('Official', root.args.keep as string, root.selections, root.key),
  },
  {
    name: "mergeConsultations' read-back: the event that stays",
    query: `mutation { mergeConsultations(keep: "az-be-political-consultations-2022-04-04", remove: "az-be-political-consultations-2022-04-05", reason: "one meeting") { id sources { id } } }`,
    translate: (root) => nodeById('Consultation', root.args.keep as string, root.selections, root.key),
  },
  {
    name: "retractStatement's read-back: the event as its remaining statements show it",
    query: `mutation { retractStatement(consultationId: "az-be-political-consultations-2022-04-04", sourceId: "x", fact: CITY, reason: "misread") { id city citations { city } } }`,
    translate: (root) => nodeById('Consultation', root.args.consultationId as string, root.selections, root.key),
  },
  {
    name: 'a live-feed event: the changed consultation as the subscription selects it',
    query: `subscription { consultationRecorded(country: "AZ") { id status countries { code } } }`,
    translate: (root) => nodeById('Consultation', 'az-be-political-consultations-2022-04-04', root.selections, root.key),
  },
  {
    name: "a mutation's read-back: the recorded consultation as the mutation selects it",
    query: `mutation { correctRound(consultationId: "az-be-political-consultations-2022-04-04", number: 3, statedAs: "third", source: { id: "x", language: "en", title: "t" }) {
      id round { number origin statements { number statedAs } } } }`,
    translate: (root) => nodeById('Consultation', root.args.consultationId as string, root.selections, root.key),
  },
];
