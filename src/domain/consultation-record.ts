import { z } from 'zod';
import { ConsultationKind, ConsultationStatus, MeetingFormat, ParticipantRole, Rank, SideMeetingKind } from './enums';
import { isPartialDate, parsePartialDate } from './partial-date';

/**
 * One consultation as facts with their sources: the shape of a seed record, of a JSON Lines
 * import line and of the `recordConsultation` input. Validated here once, so every way into the
 * graph refuses the same bad input with the same field paths.
 */
const text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max, `at most ${max} characters`);
const countryCode = z.string().regex(/^[A-Z]{2}$/, 'expected an ISO 3166-1 alpha-2 code');
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

export const consultationRecord = z
  .object({
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
  })
  .superRefine((record, ctx) => {
    if (record.countries[0] === record.countries[1]) {
      ctx.addIssue({ code: 'custom', path: ['countries'], message: 'the two countries must differ' });
    }
    const date = record.date === null ? null : parsePartialDate(record.date);
    if (date && isPartialDate(date)) {
      const today = new Date().toISOString().slice(0, 10);
      const horizon = `${Number(today.slice(0, 4)) + 10}${today.slice(4)}`;
      if (record.status === ConsultationStatus.HELD && date.first > today) {
        ctx.addIssue({ code: 'custom', path: ['date'], message: `a held consultation cannot be dated after today (${today}); record it as PLANNED` });
      } else if (date.first > horizon) {
        ctx.addIssue({ code: 'custom', path: ['date'], message: `a planned consultation more than ten years ahead (${date.value}) is not credible` });
      }
    }
    const known = new Set(record.sources.map((s) => s.id));
    const cite = (id: string, path: (string | number)[]) => {
      if (!known.has(id)) ctx.addIssue({ code: 'custom', path, message: `source "${id}" is not among this record's sources` });
    };
    record.round.forEach((r, i) => cite(r.source, ['round', i, 'source']));
    record.participants.forEach((p, i) => {
      p.sources.forEach((s, j) => cite(s.source, ['participants', i, 'sources', j, 'source']));
      if (!record.countries.includes(p.country)) {
        ctx.addIssue({ code: 'custom', path: ['participants', i, 'country'], message: `${p.country} is not one of the consultation's countries` });
      }
    });
  });

export type ConsultationRecord = z.infer<typeof consultationRecord>;
export type SourceRecord = z.infer<typeof sourceRecord>;
export type ParticipantRecord = z.infer<typeof participantRecord>;
