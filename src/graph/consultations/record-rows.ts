import { createHash } from 'node:crypto';
import { countryName } from '../../country-names';
import { canonicalJson } from '../../domain/canonical-json';
import { ConsultationRecord } from '../../domain/consultation-record';
import { DatePrecision, Rank } from '../../domain/enums';
import { ministryId, slug, topicKey } from '../../domain/ids';
import { isPartialDate, parsePartialDate } from '../../domain/partial-date';

/**
 * Pure mapping of validated records to the flat parameter rows of the write statements in
 * record-consultation.cypher.ts. Every row names its consultation, so a batch of records is
 * written with one UNWIND per statement.
 */

/** Undated events sort before every real date, and keep the sort-date index usable for range scans. */
export const UNKNOWN_SORT_DATE = '0000-00-00';

/** Same record content → same fingerprint: a re-imported line that changes nothing is skipped. */
export function recordFingerprint(record: ConsultationRecord): string {
  return createHash('sha256').update(canonicalJson(record)).digest('hex').slice(0, 32);
}

export function consultationRow(id: string, seriesId: string, record: ConsultationRecord, fingerprint: string) {
  const date = record.date === null ? null : parsePartialDate(record.date);
  const known = date !== null && isPartialDate(date) ? date : null;
  return {
    id,
    seriesId,
    kind: record.kind,
    status: record.status,
    date: known?.value ?? null,
    datePrecision: known?.precision ?? DatePrecision.UNKNOWN,
    sortDate: known?.first ?? null,
    city: record.city,
    format: record.format,
    countryCodes: [...record.countries].sort(),
    fingerprint,
  };
}

export function countryRows(records: readonly ConsultationRecord[]) {
  const codes = new Set(records.flatMap((r) => [...r.countries, ...r.participants.map((p) => p.country)]));
  return [...codes].map((code) => ({ code, name: countryName(code, 'en') ?? code }));
}

export function ministryRows(consultationId: string, record: ConsultationRecord) {
  return record.ministries.map((m) => ({ consultationId, id: ministryId(m.country, m.name), name: m.name, country: m.country }));
}

export function sourceRows(consultationId: string, record: ConsultationRecord) {
  return record.sources.map((s) => {
    const statement = record.round.find((r) => r.source === s.id);
    return {
      consultationId,
      id: s.id,
      publisher: s.publisher,
      citing: s.citing ?? null,
      language: s.language,
      publishedAt: s.publishedAt,
      title: s.title,
      url: s.url,
      caveats: s.caveats,
      text: s.text ?? null,
      facts: s.facts,
      // The source's statement of the event (see domain/claims.ts): its own claims, else the record's.
      claim: s.claims ?? { date: record.date, city: record.city, format: record.format, status: record.status },
      roundNumber: statement?.number ?? null,
      roundStatedAs: statement?.statedAs ?? null,
    };
  });
}

export function participationRows(consultationId: string, record: ConsultationRecord, officialIds: readonly string[]) {
  return record.participants.map((p, i) => ({
    consultationId,
    id: `${consultationId}|${officialIds[i]}`,
    officialId: officialIds[i],
    country: p.country,
    title: p.title,
    rank: p.rank ?? Rank.OTHER,
    role: p.role,
    // Each source's statement; a participant citing none is stated by every source of the record.
    sources: (p.sources.length > 0 ? p.sources : record.sources.map((s) => ({ source: s.id, nameAsWritten: [] as string[], title: null, rank: undefined }))).map(
      (s) => ({ source: s.source, title: s.title ?? p.title, rank: s.rank ?? p.rank ?? null, nameAsWritten: s.nameAsWritten }),
    ),
  }));
}

export function topicRows(consultationId: string, record: ConsultationRecord) {
  return [...new Set(record.topics)].map((name) => ({ consultationId, key: topicKey(name), name }));
}

export function sideMeetingRows(consultationId: string, record: ConsultationRecord) {
  return record.sideMeetings.map((sm, i) => {
    const id = `${consultationId}#side-${i + 1}`;
    return {
      consultationId,
      id,
      kind: sm.kind,
      description: sm.description,
      country: sm.country,
      organisation: sm.organisation && {
        id: `${(sm.organisation.country ?? 'xx').toLowerCase()}-${slug(sm.organisation.name, 80)}`,
        ...sm.organisation,
      },
      participants: sm.participants.map((p, j) => ({ id: `${id}|${j + 1}`, name: p.name ?? null, country: p.country, title: p.title, rank: p.rank })),
    };
  });
}
