import { Field, ID, InputType, Int } from 'type-graphql';
import { PartialDateScalar } from './date.scalar';
import { ConsultationKind, ConsultationStatus, MeetingFormat, ParticipantRole, Rank, SideMeetingKind } from './enums';

/**
 * The GraphQL shape of a consultation record. Its constraints are declared once, in
 * src/domain/consultation-record.ts (zod), which validates the whole record and names every
 * problem at once; these classes carry no validators of their own, so the two cannot disagree.
 */
@InputType({ description: 'A report the facts come from.' })
export class SourceInput {
  @Field({ description: 'Stable id chosen by the caller (lower-case letters, digits, . _ -).' })
  id!: string;

  @Field(() => String, { nullable: true })
  publisher?: string | null;

  @Field(() => String, { nullable: true })
  citing?: string | null;

  @Field({ description: 'BCP 47 language tag, e.g. "de".' })
  language!: string;

  @Field(() => PartialDateScalar, { nullable: true })
  publishedAt?: string | null;

  @Field()
  title!: string;

  @Field(() => String, { nullable: true })
  url?: string | null;

  @Field(() => [String], { nullable: true, description: 'Facts this source supports: "date", "round", …' })
  facts?: string[] | null;

  @Field(() => [String], { nullable: true })
  caveats?: string[] | null;

  @Field(() => String, { nullable: true, description: "The report's own text (e.g. the article a reviewed draft was read from), stored on the Source as your data." })
  sourceText?: string | null;
}

@InputType()
export class ParticipantSourceInput {
  @Field({ description: 'id of one of the record\'s sources.' })
  source!: string;

  @Field(() => [String], { nullable: true, description: 'The name exactly as this source printed it.' })
  nameAsWritten?: string[] | null;

  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => Rank, { nullable: true })
  rank?: Rank | null;
}

@InputType({ description: 'A participant: an existing official by id, or a name resolved like queries are (or created).' })
export class ParticipantInput {
  @Field(() => ID, { nullable: true })
  officialId?: string | null;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => [String], { nullable: true, description: "Further spellings of the person's name (not tied to one source)." })
  aliases?: string[] | null;

  @Field({ description: 'Side: ISO code or country name.' })
  country!: string;

  @Field(() => ParticipantRole, { nullable: true })
  role?: ParticipantRole | null;

  @Field(() => String, { nullable: true, description: 'Title as the source gave it.' })
  title?: string | null;

  @Field(() => Rank, { nullable: true })
  rank?: Rank | null;
  @Field(() => [ParticipantSourceInput], { nullable: true })
  sources?: ParticipantSourceInput[] | null;
}

@InputType({ description: "A source's words about the round, e.g. number 5 stated as \"fifth round\"." })
export class RoundStatementInput {
  @Field(() => Int, { nullable: true })
  number?: number | null;

  @Field()
  statedAs!: string;

  @Field()
  source!: string;
}

@InputType({ description: 'Someone met during the visit, perhaps unnamed ("a deputy minister of ecology").' })
export class SideMeetingParticipantInput {
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field({ description: 'ISO code or country name.' })
  country!: string;

  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => Rank, { nullable: true })
  rank?: Rank | null;
}

@InputType()
export class OrganisationInput {
  @Field()
  name!: string;

  @Field(() => String, { nullable: true, description: 'e.g. THINK_TANK, MINISTRY, COMPANY.' })
  kind?: string | null;

  @Field(() => String, { nullable: true, description: 'ISO code or country name.' })
  country?: string | null;
}

@InputType({ description: 'A meeting held during the visit besides the consultations.' })
export class SideMeetingInput {
  @Field(() => SideMeetingKind)
  kind!: SideMeetingKind;

  @Field()
  description!: string;

  @Field(() => String, { nullable: true, description: 'Host country: ISO code or name.' })
  country?: string | null;
  @Field(() => OrganisationInput, { nullable: true })
  organisation?: OrganisationInput | null;
  @Field(() => [SideMeetingParticipantInput], { nullable: true })
  participants?: SideMeetingParticipantInput[] | null;
}

@InputType()
export class MinistryInput {
  @Field()
  country!: string;

  @Field()
  name!: string;
}

@InputType({ description: 'One consultation with its facts and sources. Recording the same event again updates it.' })
export class RecordConsultationInput {
  @Field(() => ID, { nullable: true, description: 'Omit to derive it from series, kind and date.' })
  id?: string | null;

  @Field(() => ConsultationKind)
  kind!: ConsultationKind;

  @Field(() => ConsultationStatus, { nullable: true })
  status?: ConsultationStatus | null;

  @Field(() => PartialDateScalar, { nullable: true })
  date?: string | null;

  @Field(() => String, { nullable: true })
  city?: string | null;

  @Field(() => MeetingFormat, { nullable: true })
  format?: MeetingFormat | null;

  @Field(() => [String], { description: 'The two countries: ISO codes or names.' })
  countries!: string[];
  @Field(() => [MinistryInput], { nullable: true })
  ministries?: MinistryInput[] | null;
  @Field(() => [RoundStatementInput], { nullable: true })
  round?: RoundStatementInput[] | null;
  @Field(() => [ParticipantInput], { nullable: true })
  participants?: ParticipantInput[] | null;

  @Field(() => [String], { nullable: true })
  topics?: string[] | null;
  @Field(() => [SideMeetingInput], { nullable: true })
  sideMeetings?: SideMeetingInput[] | null;

  @Field(() => String, { nullable: true, description: 'The text of the report the first source stands for (a reviewed extraction draft); same as sources[0].sourceText.' })
  sourceText?: string | null;
  @Field(() => [SourceInput])
  sources!: SourceInput[];
}
