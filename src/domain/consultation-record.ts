import { z } from 'zod';
import { ConsultationKind, ConsultationStatus, MeetingFormat, ParticipantRole, Rank, SideMeetingKind } from './enums';
import { isPartialDate, parsePartialDate } from './partial-date';
import { resolveCountry } from '../country-names';

/**
 * One consultation as facts with their sources: the shape of a seed record, of a JSON Lines
 * import line and of the `recordConsultation` input. Validated here once, so every way into the
 * graph refuses the same bad input with the same field paths.
 */
const text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max, `at most ${max} characters`);
/** A country as an ISO code or a name in any language ("Belgien", "Бельгия"); stored as its alpha-2 code. */
const countryCode = z
  .string()
  .max(120, 'at most 120 characters')
  .transform((value, ctx) => {
    const match = resolveCountry(value);
    if (match) return match.code;
    ctx.addIssue({ code: 'custom', message: `"${value.slice(0, 60)}" is not a country name or ISO code we know` });
    return z.NEVER;
  });
const sourceId = z.string().regex(/^[a-z0-9][a-z0-9._-]{0,99}$/, 'expected a source id of lower-case letters, digits, . _ -');
const partialDate = z.string().refine((v) => isPartialDate(parsePartialDate(v)), {
  message: 'expected YYYY-MM-DD, YYYY-MM or YYYY with a year between 1800 and 2200',
});

export const sourceRecord = z.object({
  id: sourceId,
  publisher: text(200).nullable().default(null),
  citing: text(200).nullable().optional(),
  language: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'expected a BCP 47 language tag such as de or az'),
  publishedAt: partialDate.nullable().default(null),
  title: text(500),
  url: z.url({ protocol: /^https?$/ }).max(2000).nullable().default(null),
  /** Which facts of the record this source supports: "date", "round", "participants", … */
  facts: z.array(text(60)).max(30).default([]),
  /** What a reader must know about the source: garbled figures, a dateline that is not the venue. */
  caveats: z.array(text(1000)).max(20).default([]),
  /**
   * What this source itself states about the event, when it differs from the record's own
   * date/city/format/status (exports write it for every source, so a re-import restores each
   * source's statements). Absent: the source states the record's values.
   */
  claims: z
    .object({
      date: partialDate.nullable().default(null),
      city: text(100).nullable().default(null),
      format: z.enum(MeetingFormat).nullable().default(null),
      status: z.enum(ConsultationStatus).nullable().default(null),
    })
    .optional(),
  /** The report's own text, when the user supplies it (e.g. a reviewed extraction draft). Stored as their data. */
  text: z.string().max(100_000, 'at most 100000 characters').nullable().optional(),
});

export const participantSourceRecord = z.object({
  source: sourceId,
  nameAsWritten: z.array(text(200)).max(10).default([]),
  title: text(300).nullable().optional(),
  rank: z.enum(Rank).optional(),
});

export const participantRecord = z
  .object({
    /** A known official; with a name as well, an unknown id creates that official under this id (exports re-import). */
    officialId: z.string().regex(/^[a-z0-9][a-z0-9._-]{0,119}$/, 'expected an official id such as az-khalaf-khalafov').optional(),
    name: text(200).optional(),
    /** Further spellings of this person's name known to the caller (not tied to one source). */
    aliases: z.array(text(200)).max(50).default([]),
    country: countryCode,
    role: z.enum(ParticipantRole).default(ParticipantRole.HEAD_OF_DELEGATION),
    title: text(300).nullable().default(null),
    rank: z.enum(Rank).default(Rank.OTHER),
    sources: z.array(participantSourceRecord).max(20).default([]),
  })
  .refine((p) => p.officialId !== undefined || p.name !== undefined, {
    message: 'a participant needs an officialId or a name',
    path: ['name'],
  });

export const roundStatementRecord = z.object({
  number: z.number().int().min(1, 'a round number is at least 1').max(1000).nullable(),
  statedAs: text(300),
  source: sourceId,
});

export const sideMeetingRecord = z.object({
  kind: z.enum(SideMeetingKind),
  description: text(1000),
  country: countryCode.nullable().default(null),
  organisation: z
    .object({ name: text(300), kind: text(60).default('ORGANISATION'), country: countryCode.nullable().default(null) })
    .nullable()
    .default(null),
  participants: z
    .array(z.object({ name: text(200).optional(), country: countryCode, title: text(300).nullable().default(null), rank: z.enum(Rank).default(Rank.OTHER) }))
    .max(50)
    .default([]),
});

const recordFields = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9._-]{0,149}$/).optional(),
  kind: z.enum(ConsultationKind),
  status: z.enum(ConsultationStatus).default(ConsultationStatus.HELD),
  date: partialDate.nullable().default(null),
  city: text(100).nullable().default(null),
  format: z.enum(MeetingFormat).nullable().default(null),
  countries: z.array(countryCode).length(2, 'a bilateral consultation has exactly two countries'),
  ministries: z.array(z.object({ country: countryCode, name: text(300) })).max(4).default([]),
  round: z.array(roundStatementRecord).max(20).default([]),
  participants: z.array(participantRecord).max(100).default([]),
  topics: z.array(text(120)).max(50).default([]),
  sideMeetings: z.array(sideMeetingRecord).max(20).default([]),
  sources: z.array(sourceRecord).min(1, 'every fact needs a source').max(20),
});

export const consultationRecord = recordFields
  // Cross-field checks run even when single fields failed (`when`), so a refused record names
  // every problem in one answer; the record may then be partial, hence the defensive reads.
  .superRefine((record, ctx) => crossFieldProblems(record, ctx), { when: () => true });

type Partially<T> = { [K in keyof T]?: T[K] | undefined };

function crossFieldProblems(raw: unknown, ctx: z.RefinementCtx): void {
  const record = (raw ?? {}) as Partially<z.output<typeof recordFields>>;
  const countries = Array.isArray(record.countries) ? record.countries : [];
  if (countries.length === 2 && typeof countries[0] === 'string' && countries[0] === countries[1]) {
    ctx.addIssue({ code: 'custom', path: ['countries'], message: 'the two countries must differ' });
  }
  const date = typeof record.date === 'string' ? parsePartialDate(record.date) : null;
  if (date && isPartialDate(date)) {
    const today = new Date().toISOString().slice(0, 10);
    const horizon = `${Number(today.slice(0, 4)) + 10}${today.slice(4)}`;
    if ((record.status ?? ConsultationStatus.HELD) === ConsultationStatus.HELD && date.first > today) {
      ctx.addIssue({ code: 'custom', path: ['date'], message: `a held consultation cannot be dated after today (${today}); record it as PLANNED` });
    } else if (date.first > horizon) {
      ctx.addIssue({ code: 'custom', path: ['date'], message: `a planned consultation more than ten years ahead (${date.value}) is not credible` });
    }
  }
  const sources = Array.isArray(record.sources) ? record.sources : [];
  const known = new Set(sources.map((s) => (s && typeof s === 'object' ? (s as { id?: unknown }).id : undefined)));
  const cite = (id: unknown, path: (string | number)[]) => {
    if (typeof id === 'string' && !known.has(id)) ctx.addIssue({ code: 'custom', path, message: `source "${id}" is not among this record's sources` });
  };
  (Array.isArray(record.round) ? record.round : []).forEach((r, i) => cite(r?.source, ['round', i, 'source']));
  (Array.isArray(record.participants) ? record.participants : []).forEach((p, i) => {
    if (!p || typeof p !== 'object') return;
    (Array.isArray(p.sources) ? p.sources : []).forEach((s, j) => cite(s?.source, ['participants', i, 'sources', j, 'source']));
    const country = p.country as unknown;
    if (typeof country === 'string' && /^[A-Z]{2}$/.test(country) && countries.length === 2 && countries.every((c) => typeof c === 'string' && /^[A-Z]{2}$/.test(c)) && !countries.includes(country)) {
      ctx.addIssue({ code: 'custom', path: ['participants', i, 'country'], message: `${country} is not one of the consultation's countries` });
    }
  });
}

export type ConsultationRecord = z.infer<typeof consultationRecord>;

/** A validation issue's path in the one form every entry point reports: `participants[0].sources[1].source`. */
export function fieldPath(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>((text, key) => (typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key)), '');
}

/** Every problem of a refused record, each with its path (`prefix` names the root, e.g. "input"). */
export function recordProblems(error: z.ZodError, prefix = ''): Array<{ field: string; message: string }> {
  return error.issues.map((issue) => {
    const path = fieldPath(issue.path);
    return { field: prefix && path ? `${prefix}.${path}` : prefix || path || '(record)', message: issue.message };
  });
}
export type SourceRecord = z.infer<typeof sourceRecord>;
export type ParticipantRecord = z.infer<typeof participantRecord>;
