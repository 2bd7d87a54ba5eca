import { CONSULTATION_TYPES } from './consultation.model';
import { COUNTRY_TYPES } from './country.model';
import { OFFICIAL_TYPES } from './official.model';
import { TypeTranslation } from './scope';
import { SERIES_TYPES } from './series.model';
import { SOURCE_TYPES } from './source.model';

/**
 * The allow-list beside the schema: for every GraphQL object type the translate stage reads,
 * how each of its fields is read from the graph. Every label, relationship type and property
 * in a translated query comes from these modules.
 */
export const TRANSLATED_TYPES: Readonly<Record<string, TypeTranslation>> = {
  ...CONSULTATION_TYPES,
  ...OFFICIAL_TYPES,
  ...SERIES_TYPES,
  ...SOURCE_TYPES,
  ...COUNTRY_TYPES,
};

/** The node label a root reads a type's values from by id. */
export const LABELS = { Consultation: 'Consultation', Official: 'Official', ConsultationSeries: 'Series', Source: 'Source' } as const;

export type NodeType = keyof typeof LABELS;
