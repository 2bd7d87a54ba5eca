import path from 'node:path';
import { CsvFile } from './csv-file';

/**
 * The CSV files of a bulk load, one per node label and relationship type, with the properties the
 * transactional writer's statements set (graph/consultations/record-consultation.cypher.ts).
 * Numbers are doubles because the driver sends JavaScript numbers as floats: both paths store the
 * same types. Each node file has its own id space, keyed by the label's unique property.
 */
const NODES = {
  Country: ['code:ID(Country)', 'name'],
  Series: ['id:ID(Series)', 'kind', 'currentRoundNumber:double', 'nextRoundNumber:double'],
  Consultation: [
    'id:ID(Consultation)', 'kind', 'status', 'date', 'datePrecision', 'sortDate', 'city', 'format', 'countryCodes:string[]',
    'seriesId', 'recordFingerprint', 'createdAt:datetime', 'updatedAt:datetime',
    'roundNumber:double', 'roundOrigin', 'roundStatedAs', 'roundConflicting:boolean', 'roundAtLeast:double', 'roundAtMost:double',
  ],
  Ministry: ['id:ID(Ministry)', 'name', 'countryCode'],
  // :LABEL: the search label of the source's language (graph/sources/source-search.ts).
  Source: ['id:ID(Source)', 'publisher', 'citing', 'language', 'publishedAt', 'title', 'url', 'caveats:string[]', 'text', ':LABEL'],
  Official: ['id:ID(Official)', 'name', 'countryCode', 'createdAt:datetime', 'aliases:string[]', 'aliasText'],
  NameKey: ['value:ID(NameKey)'],
  Participation: ['id:ID(Participation)', 'title', 'rank', 'role', 'country', 'officialId', 'consultationId'],
  Topic: ['key:ID(Topic)', 'name'],
} as const;

const RELATIONSHIPS = {
  seriesBetween: ['BETWEEN', 'Series', 'Country'],
  consultationBetween: ['BETWEEN', 'Consultation', 'Country', 'timeline'],
  inSeries: ['IN_SERIES', 'Consultation', 'Series'],
  heldBy: ['HELD_BY', 'Consultation', 'Ministry'],
  ministryCountry: ['OF_COUNTRY', 'Ministry', 'Country'],
  officialCountry: ['OF_COUNTRY', 'Official', 'Country'],
  consultationSource: ['SUPPORTED_BY', 'Consultation', 'Source', 'facts:string[]', 'roundNumber:double', 'roundStatedAs', 'claimed:boolean', 'date', 'city', 'format', 'status'],
  keyOf: ['KEY_OF', 'NameKey', 'Official'],
  possibleDuplicateOf: ['POSSIBLE_DUPLICATE_OF', 'Official', 'Official', 'score:double', 'spelling', 'createdAt:datetime'],
  participationOf: ['OF', 'Participation', 'Official'],
  participationIn: ['IN', 'Participation', 'Consultation'],
  participationFor: ['FOR', 'Participation', 'Country'],
  participationSource: ['SUPPORTED_BY', 'Participation', 'Source', 'title', 'rank', 'nameAsWritten:string[]'],
  about: ['ABOUT', 'Consultation', 'Topic'],
} as const;

export type NodeLabel = keyof typeof NODES;
export type RelationshipFile = keyof typeof RELATIONSHIPS;

export class GraphFiles {
  readonly nodes: Record<NodeLabel, CsvFile>;
  readonly relationships: Record<RelationshipFile, CsvFile>;

  constructor(readonly dir: string) {
    this.nodes = Object.fromEntries(
      Object.entries(NODES).map(([label, header]) => [label, new CsvFile(path.join(dir, `${label}.csv`), header)]),
    ) as Record<NodeLabel, CsvFile>;
    this.relationships = Object.fromEntries(
      Object.entries(RELATIONSHIPS).map(([name, [, from, to, ...props]]) => [
        name,
        new CsvFile(path.join(dir, `${name}.csv`), [`:START_ID(${from})`, `:END_ID(${to})`, ...props]),
      ]),
    ) as Record<RelationshipFile, CsvFile>;
  }

  async close(): Promise<void> {
    for (const file of [...Object.values(this.nodes), ...Object.values(this.relationships)]) await file.close();
  }

  /** The `neo4j-admin database import full` arguments naming every file with its label or type. */
  importArguments(): string[] {
    return [
      ...Object.entries(this.nodes).map(([label, file]) => `--nodes=${label}=${file.path}`),
      ...Object.entries(this.relationships).map(([name, file]) => `--relationships=${RELATIONSHIPS[name as RelationshipFile][0]}=${file.path}`),
    ];
  }

  counts(): { nodes: number; relationships: number } {
    const sum = (files: CsvFile[]) => files.reduce((n, f) => n + f.rows, 0);
    return { nodes: sum(Object.values(this.nodes)), relationships: sum(Object.values(this.relationships)) };
  }
}
