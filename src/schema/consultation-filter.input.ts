import { ArrayMaxSize, ArrayMinSize, IsOptional, Length, MaxLength } from 'class-validator';
import { Field, InputType, registerEnumType } from 'type-graphql';
import { PartialDateScalar } from './date.scalar';
import { ConsultationKind, ConsultationStatus, MeetingFormat, Rank } from './enums';
import { LevelParityFilter } from './level-parity.type';

@InputType({ description: 'Every criterion is optional; given criteria must all hold.' })
export class ConsultationFilter {
  @Field(() => String, { nullable: true, description: 'A country taking part: ISO code or name in any language.' })
  @IsOptional()
  @Length(1, 100)
  country?: string | null;

  @Field(() => [String], { nullable: true, description: 'Both countries of a pair, codes or names, any order.' })
  @IsOptional()
  @ArrayMinSize(2)
  @ArrayMaxSize(2)
  @Length(1, 100, { each: true })
  between?: string[] | null;

  @Field(() => String, { nullable: true, description: 'City where it was held (English name, any case).' })
  @IsOptional()
  @Length(1, 100)
  city?: string | null;

  @Field(() => MeetingFormat, { nullable: true })
  format?: MeetingFormat | null;

  @Field(() => ConsultationKind, { nullable: true })
  kind?: ConsultationKind | null;

  @Field(() => ConsultationStatus, { nullable: true })
  status?: ConsultationStatus | null;

  @Field(() => PartialDateScalar, { nullable: true, description: 'On or after this date.' })
  from?: string | null;

  @Field(() => PartialDateScalar, { nullable: true, description: 'On or before this date (a year or month means its last day).' })
  to?: string | null;

  @Field(() => String, { nullable: true, description: 'A participant: official id, or a name in any script or spelling.' })
  @IsOptional()
  @Length(1, 200)
  participant?: string | null;

  @Field(() => String, { nullable: true, description: 'A topic, e.g. "energy" or "climate change".' })
  @IsOptional()
  @MaxLength(120)
  topic?: string | null;

  @Field(() => LevelParityFilter, { nullable: true, description: 'Both heads at one level of the rank ladder, or not (events whose parity is unknown match neither).' })
  levelParity?: LevelParityFilter | null;

  @Field(() => Rank, { nullable: true, description: 'A head of delegation of that rank.' })
  rank?: Rank | null;
}

export enum ConsultationOrder {
  DATE_DESC = 'DATE_DESC',
  DATE_ASC = 'DATE_ASC',
}
registerEnumType(ConsultationOrder, {
  name: 'ConsultationOrder',
  description: 'The order of a consultations page; undated events come last either way.',
  valuesConfig: { DATE_DESC: { description: 'Newest first.' }, DATE_ASC: { description: 'Oldest first.' } },
});
