import { OFFICIAL_FIELDS } from '../officials/official-fields';
import { CitationRow, ConsultationRow, OfficialRow, ParticipationRow, SourceRow } from '../rows';
import { SOURCE_FIELDS } from '../sources/source.queries';
import { CONSULTATION_FIELDS, PARTICIPATION_OWN_FIELDS, PARTICIPATION_STATEMENTS } from './consultation.queries';

/**
 * A consultation read together with the parts a response selects below it, so a whole headline
 * question is one Cypher round trip: its citations with their sources, its participants with
 * their officials (and what each source said about them, only when selected: that is half the
 * cost of a timeline page). Each part keeps the order of the batch query that would otherwise
 * load it (see consultation.queries.ts), so primed loaders answer exactly as unprimed ones would.
 */
export interface ConsultationBundleRow extends ConsultationRow {
  citations?: Array<CitationRow & { source: SourceRow }>;
  /** `statements` is absent when not selected; the participation resolver then loads it. */
  participants?: Array<Omit<ParticipationRow, 'statements'> & Partial<Pick<ParticipationRow, 'statements'>> & { official?: OfficialRow }>;
}

export interface BundleParts {
  citations: boolean;
  participants: boolean;
  /** The participants' per-source statements (implies participants). */
  statements: boolean;
}

export const NO_PARTS: BundleParts = { citations: false, participants: false, statements: false };

const CITATIONS = `citations: COLLECT {
    MATCH (c)-[r:SUPPORTED_BY]->(s:Source)
    WITH r, s ORDER BY coalesce(s.publishedAt, '9999'), s.id
    RETURN { consultationId: c.id, sourceId: s.id, facts: coalesce(r.facts, []), roundNumber: r.roundNumber, roundStatedAs: r.roundStatedAs,
             date: r.date, city: r.city, format: r.format, status: r.status, source: s ${SOURCE_FIELDS} } }`;

const participants = (statements: boolean) => `participants: COLLECT {
    MATCH (c)<-[:IN]-(p:Participation)
    WITH p ORDER BY p.role, p.country, p.id
    RETURN p { ${PARTICIPATION_OWN_FIELDS},${statements ? ` ${PARTICIPATION_STATEMENTS},` : ''} official: head([(p)-[:OF]->(o:Official) | o ${OFFICIAL_FIELDS}]) } }`;

/** The projection of a consultation (variable `c`) with the selected parts. */
export function consultationBundleFields(parts: BundleParts): string {
  const extra = [parts.citations ? CITATIONS : null, parts.participants || parts.statements ? participants(parts.statements) : null].filter((p) => p !== null);
  return extra.length === 0 ? CONSULTATION_FIELDS : `${CONSULTATION_FIELDS.slice(0, -1)},\n  ${extra.join(',\n  ')} }`;
}

/**
 * A query in one variant per combination of parts, all built once from constants when the
 * module loads: which parts a response selects picks a variant; no user text shapes a query.
 */
export class QueryFamily<Q = string> {
  private readonly variants = new Map<string, Q>();

  constructor(build: (parts: BundleParts) => Q) {
    for (const citations of [false, true]) {
      for (const participants of [false, true]) {
        for (const statements of [false, true]) {
          const parts = { citations, participants, statements };
          this.variants.set(QueryFamily.key(parts), build(parts));
        }
      }
    }
  }

  for(parts: BundleParts): Q {
    return this.variants.get(QueryFamily.key(parts))!;
  }

  /** Every part fetched: the heaviest variant, for plan tests. */
  get full(): Q {
    return this.for({ citations: true, participants: true, statements: true });
  }

  private static key(p: BundleParts): string {
    return `${+p.citations}${+(p.participants || p.statements)}${+p.statements}`;
  }
}
