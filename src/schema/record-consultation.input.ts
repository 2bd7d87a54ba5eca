import { ArrayMaxSize, ArrayMinSize, IsOptional, Length, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { PartialDateScalar } from './date.scalar';
import { ConsultationKind, ConsultationStatus, MeetingFormat, ParticipantRole, Rank, SideMeetingKind } from './enums';

/** Inputs mirror src/domain/consultation-record.ts, which validates the whole record once more. */
@InputType({ description: 'A report the facts come from.' })
export class SourceInput {
  @Field({ description: 'Stable id chosen by the caller (lower-case letters, digits, . _ -).' })
  @Matches(/^[a-z0-9][a-z0-9._-]{0,99}$/, { message: 'id must be lower-case letters, digits, . _ - (at most 100)' })
  id!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 200)
  publisher?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 200)
  citing?: string | null;

  @Field({ description: 'BCP 47 language tag, e.g. "de".' })
  @Matches(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, { message: 'language must be a BCP 47 tag such as "de"' })
  language!: string;

  @Field(() => PartialDateScalar, { nullable: true })
  publishedAt?: string | null;

  @Field()
  @Length(1, 500)
  title!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000)
  url?: string | null;

  @Field(() => [String], { nullable: true, description: 'Facts this source supports: "date", "round", …' })
  @IsOptional()
  @ArrayMaxSize(30)
  @Length(1, 60, { each: true })
  facts?: string[] | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  @Length(1, 1000, { each: true })
  caveats?: string[] | null;

  @Field(() => String, { nullable: true, description: "The report's own text (e.g. the article a reviewed draft was read from), stored on the Source as your data." })
  @IsOptional()
  @MaxLength(100_000)
  sourceText?: string | null;
}

@InputType()
export class ParticipantSourceInput {
  @Field({ description: 'id of one of the record\'s sources.' })
  @Length(1, 100)
  source!: string;

  @Field(() => [String], { nullable: true, description: 'The name exactly as this source printed it.' })
  @IsOptional()
  @ArrayMaxSize(10)
  @Length(1, 200, { each: true })
  nameAsWritten?: string[] | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 300)
  title?: string | null;

  @Field(() => Rank, { nullable: true })
  rank?: Rank | null;
}

@InputType({ description: 'A participant: an existing official by id, or a name resolved like queries are (or created).' })
export class ParticipantInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @Length(1, 120)
  officialId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 200)
  name?: string | null;

  @Field(() => [String], { nullable: true, description: "Further spellings of the person's name (not tied to one source)." })
  @IsOptional()
  @ArrayMaxSize(50)
  @Length(1, 200, { each: true })
  aliases?: string[] | null;

  @Field({ description: 'Side: ISO code or country name.' })
  @Length(1, 100)
  country!: string;

  @Field(() => ParticipantRole, { nullable: true })
  role?: ParticipantRole | null;

  @Field(() => String, { nullable: true, description: 'Title as the source gave it.' })
  @IsOptional()
  @Length(1, 300)
  title?: string | null;

  @Field(() => Rank, { nullable: true })
  rank?: Rank | null;

  @ValidateNested({ each: true })
  @Field(() => [ParticipantSourceInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  sources?: ParticipantSourceInput[] | null;
}

@InputType({ description: "A source's words about the round, e.g. number 5 stated as \"fifth round\"." })
export class RoundStatementInput {
  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(1)
  @Max(1000)
  number?: number | null;

  @Field()
  @Length(1, 300)
  statedAs!: string;

  @Field()
  @Length(1, 100)
  source!: string;
}

@InputType({ description: 'Someone met during the visit, perhaps unnamed ("a deputy minister of ecology").' })
export class SideMeetingParticipantInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 200)
  name?: string | null;

  @Field({ description: 'ISO code or country name.' })
  @Length(1, 100)
  country!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 300)
  title?: string | null;

  @Field(() => Rank, { nullable: true })
  rank?: Rank | null;
}

@InputType()
export class OrganisationInput {
  @Field()
  @Length(1, 300)
  name!: string;

  @Field(() => String, { nullable: true, description: 'e.g. THINK_TANK, MINISTRY, COMPANY.' })
  @IsOptional()
  @Length(1, 60)
  kind?: string | null;

  @Field(() => String, { nullable: true, description: 'ISO code or country name.' })
  @IsOptional()
  @Length(1, 100)
  country?: string | null;
}

@InputType({ description: 'A meeting held during the visit besides the consultations.' })
export class SideMeetingInput {
  @Field(() => SideMeetingKind)
  kind!: SideMeetingKind;

  @Field()
  @Length(1, 1000)
  description!: string;

  @Field(() => String, { nullable: true, description: 'Host country: ISO code or name.' })
  @IsOptional()
  @Length(1, 100)
  country?: string | null;

  @ValidateNested()
  @Field(() => OrganisationInput, { nullable: true })
  @IsOptional()
  organisation?: OrganisationInput | null;

  @ValidateNested({ each: true })
  @Field(() => [SideMeetingParticipantInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(50)
  participants?: SideMeetingParticipantInput[] | null;
}

@InputType()
export class MinistryInput {
  @Field()
  @Length(1, 100)
  country!: string;

  @Field()
  @Length(1, 300)
  name!: string;
}

@InputType({ description: 'One consultation with its facts and sources. Recording the same event again updates it.' })
export class RecordConsultationInput {
  @Field(() => ID, { nullable: true, description: 'Omit to derive it from series, kind and date.' })
  @IsOptional()
  @Matches(/^[a-z0-9][a-z0-9._-]{0,149}$/)
  id?: string | null;

  @Field(() => ConsultationKind)
  kind!: ConsultationKind;

  @Field(() => ConsultationStatus, { nullable: true })
  status?: ConsultationStatus | null;

  @Field(() => PartialDateScalar, { nullable: true })
  date?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 100)
  city?: string | null;

  @Field(() => MeetingFormat, { nullable: true })
  format?: MeetingFormat | null;

  @Field(() => [String], { description: 'The two countries: ISO codes or names.' })
  @ArrayMinSize(2)
  @ArrayMaxSize(2)
  @Length(1, 100, { each: true })
  countries!: string[];

  @ValidateNested({ each: true })
  @Field(() => [MinistryInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(4)
  ministries?: MinistryInput[] | null;

  @ValidateNested({ each: true })
  @Field(() => [RoundStatementInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  round?: RoundStatementInput[] | null;

  @ValidateNested({ each: true })
  @Field(() => [ParticipantInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(100)
  participants?: ParticipantInput[] | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(50)
  @Length(1, 120, { each: true })
  topics?: string[] | null;

  @ValidateNested({ each: true })
  @Field(() => [SideMeetingInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  sideMeetings?: SideMeetingInput[] | null;

  @Field(() => String, { nullable: true, description: 'The text of the report the first source stands for (a reviewed extraction draft); same as sources[0].sourceText.' })
  @IsOptional()
  @MaxLength(100_000)
  sourceText?: string | null;

  @ValidateNested({ each: true })
  @Field(() => [SourceInput])
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  sources!: SourceInput[];
}
