import { registerEnumType } from 'type-graphql';
import {
  ConsultationKind,
  ConsultationStatus,
  DatePrecision,
  MeetingFormat,
  ParticipantRole,
  Rank,
  RoundOrigin,
  SideMeetingKind,
} from '../domain/enums';

/** The domain's vocabularies as GraphQL enums, with the descriptions the IDE shows. */
registerEnumType(Rank, {
  name: 'Rank',
  description: 'Normalised rank of a title at the date of an event.',
  valuesConfig: {
    MINISTER: { description: 'A minister (of foreign affairs or another portfolio).' },
    DEPUTY_MINISTER: { description: 'Deputy or vice minister.' },
    STATE_SECRETARY: { description: 'State secretary or deputy state secretary (the senior civil-service level).' },
    DIRECTOR_GENERAL: { description: 'Director-general, political director, assistant minister at director-general level.' },
    HEAD_OF_DEPARTMENT: { description: "Director or head of one of a ministry's departments (below a director-general)." },
    AMBASSADOR: { description: 'Ambassador or ambassador-at-large.' },
    OTHER: { description: 'Any other or unknown rank.' },
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

export {
  ConsultationKind,
  ConsultationStatus,
  DatePrecision,
  MeetingFormat,
  ParticipantRole,
  Rank,
  RoundOrigin,
  SideMeetingKind,
};
