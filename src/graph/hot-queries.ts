import * as consultations from './consultations/consultation.queries';
import * as countries from './countries/country.queries';
import * as meeting from './officials/meeting-search';
import * as officials from './officials/official.queries';
import * as series from './series/series.queries';
import * as sources from './sources/source.queries';
import * as cadence from './series/cadence.queries';
import * as derived from './series/derived-values';
import * as parity from './consultations/level-parity.queries';

/**
 * The queries behind the headline questions, with representative parameters: the plan test
 * checks each starts from an index, and benchmarks can run them raw.
 */
export const HOT_QUERIES: Record<string, { cypher: string; params: Record<string, unknown> }> = {
  // The name search itself is a full-text procedure call (search-officials.ts), not listed.
  officialsById: { cypher: officials.OFFICIALS_BY_ID, params: { ids: ['be-jeroen-cooreman'] } },
  officialsOfCountry: { cypher: officials.LIST_OFFICIALS_OF_COUNTRY, params: { country: 'AZ', rank: null, skip: 0, limit: 20 } },
  counterparts: {
    cypher: officials.COUNTERPARTS,
    params: { requests: [{ key: 'k', officialId: 'be-jeroen-cooreman', rank: 'DEPUTY_MINISTER', country: null }] },
  },
  participationsByOfficial: { cypher: officials.PARTICIPATIONS_BY_OFFICIAL, params: { ids: ['az-khalaf-khalafov'] } },
  meetingEnds: { cypher: meeting.MEETING_ENDS, params: { ids: ['kz-roman-vassilenko', 'tj-sodiq-imomi'] } },
  meetingExpansion: { cypher: meeting.MEETING_EXPANSION, params: { ids: ['kz-roman-vassilenko'] } },
  partners: { cypher: countries.PARTNERS, params: { codes: ['AZ'] } },
  seriesById: { cypher: series.SERIES_BY_ID, params: { ids: ['be-kz-political-consultations'] } },
  consultationsById: { cypher: consultations.CONSULTATIONS_BY_ID, params: { ids: ['az-be-political-consultations-2022-04-04'] } },
  participationsByConsultation: { cypher: consultations.PARTICIPATIONS_BY_CONSULTATION, params: { ids: ['x'] } },
  citationsByConsultation: { cypher: consultations.CITATIONS_BY_CONSULTATION, params: { ids: ['x'] } },
  topicsByConsultation: { cypher: consultations.TOPICS_BY_CONSULTATION, params: { ids: ['x'] } },
  sideMeetingsByConsultation: { cypher: consultations.SIDE_MEETINGS_BY_CONSULTATION, params: { ids: ['x'] } },
  sourcesById: { cypher: sources.SOURCES_BY_ID, params: { ids: ['x'] } },
  statementsByParticipation: { cypher: consultations.STATEMENTS_BY_PARTICIPATION, params: { ids: ['x'] } },
  // The analyst's questions (issue 19). The source search is a full-text procedure call (source-search.ts), not listed.
  cadenceBySeries: { cypher: cadence.CADENCE_BY_SERIES, params: { ids: ['be-kz-political-consultations'] } },
  quietSeries: { cypher: cadence.QUIET_SERIES, params: { asOf: '2024-01-01' } },
  quietSeriesOfCountry: { cypher: cadence.QUIET_SERIES_OF_COUNTRY, params: { asOf: '2024-01-01', country: 'AZ' } },
  levelParityByConsultation: { cypher: parity.LEVEL_PARITY_BY_CONSULTATION, params: { ids: ['az-be-political-consultations-2022-04-04'] } },
  consultationsCitingSources: { cypher: sources.CONSULTATIONS_CITING, params: { ids: ['eureporter-az-2024-10'] } },
  seriesDerivationInputs: { cypher: derived.SERIES_DERIVATION_INPUTS, params: { seriesIds: ['be-kz-political-consultations'] } },
};
