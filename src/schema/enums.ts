import { registerEnumType } from 'type-graphql';
import {
  AuditAction,
  ConsultationKind,
  ConsultationStatus,
  DatePrecision,
  MeetingFormat,
  ParticipantRole,
  Rank,
  RoundOrigin,
  SideMeetingKind,
  StatementFact,
} from '../domain/enums';

/** The domain's vocabularies as GraphQL enums, with the descriptions the IDE shows. */
registerEnumType(Rank, {
  name: 'Rank',
  description:
    'Normalised rank of a title at the date of an event. The ladder used for level parity, highest first: ' +
    'MINISTER > DEPUTY_MINISTER ≈ STATE_SECRETARY > DIRECTOR_GENERAL (political directors too) > HEAD_OF_DEPARTMENT. ' +
    'AMBASSADOR and OTHER have no place on it: a side headed by one has an unknown level.',
  valuesConfig: {
    MINISTER: { description: 'A minister (of foreign affairs or another portfolio). Ladder level 4.' },
    DEPUTY_MINISTER: { description: 'Deputy or vice minister. Ladder level 3, as STATE_SECRETARY.' },
    STATE_SECRETARY: { description: 'State secretary or deputy state secretary (the senior civil-service level). Ladder level 3, as DEPUTY_MINISTER.' },
    DIRECTOR_GENERAL: { description: 'Director-general, or political director of a ministry. Ladder level 2.' },
    HEAD_OF_DEPARTMENT: { description: 'Head of a department or division below a director-general. Ladder level 1.' },
    AMBASSADOR: {
      description: 'Ambassador or ambassador-at-large. Off the ladder: an ambassador may stand in for anyone from a minister down, so parity with them is unknown.',
    },
    OTHER: { description: 'Any other or unknown rank. Off the ladder: parity with them is unknown.' },
  },
});
registerEnumType(ConsultationKind, { name: 'ConsultationKind', description: 'What kind of bilateral talks an event belongs to.' });
registerEnumType(ConsultationStatus, { name: 'ConsultationStatus', description: 'Whether an event took place or is announced.' });
registerEnumType(MeetingFormat, { name: 'MeetingFormat', description: 'How the delegations met.' });
registerEnumType(DatePrecision, { name: 'DatePrecision', description: 'How much of a date the sources give.' });
registerEnumType(RoundOrigin, {
  name: 'RoundOrigin',
  description: 'Where a round number comes from.',
  valuesConfig: {
    STATED: { description: 'A source states the number.' },
    INFERRED: { description: 'Follows from a stated number of the neighbouring event in the same series.' },
    UNKNOWN: { description: 'No source states it and nothing allows inferring it.' },
  },
});
registerEnumType(ParticipantRole, { name: 'ParticipantRole', description: 'Role in a delegation.' });
registerEnumType(SideMeetingKind, { name: 'SideMeetingKind', description: 'Kind of meeting held alongside a consultation.' });
registerEnumType(AuditAction, {
  name: 'AuditAction',
  description: 'What an audited edit did.',
  valuesConfig: {
    MERGE_OFFICIALS: { description: 'mergeOfficials: targetIds are [keep, remove].' },
    MERGE_CONSULTATIONS: { description: 'mergeConsultations: targetIds are [keep, remove].' },
    DELETE_CONSULTATION: { description: 'deleteConsultation: targetIds are [the consultation].' },
    RETRACT_STATEMENT: { description: 'retractStatement: targetIds are [consultation, source] and, for TITLE or RANK, the official.' },
  },
});
registerEnumType(StatementFact, {
  name: 'StatementFact',
  description: "A fact one source states, that retractStatement can withdraw: of the event (ROUND, DATE, CITY, FORMAT, STATUS) or of one participant (TITLE, RANK).",
  valuesConfig: {
    ROUND: { description: "The source's round statement (number and wording)." },
    DATE: { description: 'The date the source gives.' },
    CITY: { description: 'The city the source gives.' },
    FORMAT: { description: 'The meeting format the source gives.' },
    STATUS: { description: 'Held or planned, as the source says.' },
    TITLE: { description: "A participant's title as the source gives it (needs officialId)." },
    RANK: { description: "A participant's rank as the source gives it (needs officialId)." },
  },
});

export {
  AuditAction,
  ConsultationKind,
  ConsultationStatus,
  DatePrecision,
  MeetingFormat,
  ParticipantRole,
  Rank,
  RoundOrigin,
  SideMeetingKind,
  StatementFact,
};
