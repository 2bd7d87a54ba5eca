import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Round } from './consultation.type';
import { Country } from './country.type';
import { PartialDateScalar } from './date.scalar';
import { ConsultationKind, ConsultationStatus, DatePrecision, MeetingFormat, Rank } from './enums';
import { Official } from './official.type';

@ObjectType({ description: 'Where a proposed value was read: a character span of the text, and how sure the reading is.' })
export class DraftEvidence {
  @Field({ description: 'Which value: "date", "city", "round", "format", "kind", "language", "countries.AZ", "heads.0.name".' })
  field!: string;

  @Field(() => Int, { description: 'Offset of the first character (UTF-16 code units, as JavaScript counts).' })
  start!: number;

  @Field(() => Int, { description: 'Offset after the last character.' })
  end!: number;

  @Field({ description: 'The text of the span.' })
  text!: string;

  @Field(() => Float, { description: '0 to 1.' })
  confidence!: number;
}

@ObjectType({ description: 'A head of delegation as the article names them, matched to a known official where one fits.' })
export class DraftParticipant {
  @Field({ description: 'Exactly as printed.' })
  nameAsWritten!: string;

  @Field({ description: "The matched official's canonical name, else the Latin rendering of the name." })
  name!: string;

  @Field({ description: 'The name in its dictionary form, in the script of the article (an inflected "Михаилом Галузиным" is "Михаил Галузин").' })
  nominativeName!: string;

  @Field({ description: 'A Latin rendering of the name (per-script romanisation), or the Latin spelling the article prints beside it.' })
  latinName!: string;

  @Field(() => Official, { nullable: true, description: "The known official this is, by the graph's name resolution; null when nobody matches." })
  matchedOfficial!: Official | null;

  @Field(() => Float, { nullable: true, description: 'How well the name matched (0.6 to 1).' })
  matchScore!: number | null;

  @Field(() => Country, { nullable: true })
  country!: Country | null;

  @Field(() => String, { nullable: true, description: 'In English, from the words of the article.' })
  title!: string | null;

  @Field(() => Rank, { nullable: true })
  rank!: Rank | null;

  @Field(() => Int)
  start!: number;

  @Field(() => Int)
  end!: number;

  @Field(() => Float)
  confidence!: number;
}

@ObjectType({ description: 'What an article says about one consultation, proposed for review. Nothing is written; pass the reviewed values to recordConsultation.' })
export class ConsultationDraft {
  @Field(() => String, { nullable: true, description: 'Detected language (ISO 639-1).' })
  language!: string | null;

  @Field(() => ConsultationKind)
  kind!: ConsultationKind;

  @Field(() => ConsultationStatus, { description: 'HELD, or PLANNED when the report announces the talks or speaks of them in the future.' })
  status!: ConsultationStatus;

  @Field(() => [Country])
  countries!: Country[];

  @Field(() => PartialDateScalar, { nullable: true })
  date!: string | null;

  @Field(() => DatePrecision)
  datePrecision!: DatePrecision;

  @Field(() => String, { nullable: true, description: 'The meeting city in English; never a dateline.' })
  city!: string | null;

  @Field(() => MeetingFormat, { nullable: true })
  format!: MeetingFormat | null;

  @Field(() => Round, { description: 'STATED with a number, or UNKNOWN (with statedAs when the text says "next round").' })
  round!: Round;

  @Field(() => [DraftParticipant])
  heads!: DraftParticipant[];

  @Field(() => [String], { description: 'Topics discussed, in English.' })
  topics!: string[];

  @Field(() => [String], { description: 'Everything ambiguous or missing: review these.' })
  warnings!: string[];

  @Field(() => [DraftEvidence], { description: 'The span and confidence of every proposed value.' })
  evidence!: DraftEvidence[];

  @Field(() => String, { nullable: true })
  sourceUrl!: string | null;
}
