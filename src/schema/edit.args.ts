import { IsOptional, Length, Matches } from 'class-validator';
import { ArgsType, Field, ID } from 'type-graphql';
import { StatementFact } from '../domain/enums';

const NOT_BLANK = /\S/;

@ArgsType()
export class MergeOfficialsArgs {
  @Field(() => ID, { description: 'The official that stays.' })
  @Length(1, 120)
  keep!: string;

  @Field(() => ID, { description: 'The duplicate: its participations and names move to `keep`, then it is deleted.' })
  @Length(1, 120)
  remove!: string;

  @Field({
    defaultValue: false,
    description: 'Officials of different countries are refused (BAD_USER_INPUT naming both countries) unless this is true and a reason is given.',
  })
  allowDifferentCountries!: boolean;

  @Field(() => String, { nullable: true, description: 'Why: kept in the audit log. Required with allowDifferentCountries.' })
  @IsOptional()
  @Length(1, 1000)
  @Matches(NOT_BLANK, { message: 'reason must not be blank' })
  reason?: string | null;
}

@ArgsType()
export class MergeConsultationsArgs {
  @Field(() => ID, { description: 'The event that stays.' })
  @Length(1, 150)
  keep!: string;

  @Field(() => ID, { description: 'The same meeting recorded again: its sources, participants, ministries, topics and side meetings move to `keep`, then it is deleted.' })
  @Length(1, 150)
  remove!: string;

  @Field({ description: 'Why: kept in the audit log.' })
  @Length(1, 1000)
  @Matches(NOT_BLANK, { message: 'reason must not be blank' })
  reason!: string;
}

@ArgsType()
export class DeleteConsultationArgs {
  @Field(() => ID)
  @Length(1, 150)
  id!: string;

  @Field({ description: 'Why: kept in the audit log.' })
  @Length(1, 1000)
  @Matches(NOT_BLANK, { message: 'reason must not be blank' })
  reason!: string;
}

@ArgsType()
export class RetractStatementArgs {
  @Field(() => ID)
  @Length(1, 150)
  consultationId!: string;

  @Field(() => ID, { description: 'The source whose statement is withdrawn; every other source keeps its own.' })
  @Length(1, 100)
  sourceId!: string;

  @Field(() => StatementFact, { description: 'Which of its statements: ROUND, DATE, CITY, FORMAT or STATUS of the event, or TITLE or RANK of one participant.' })
  fact!: StatementFact;

  @Field(() => ID, { nullable: true, description: 'The participant (official id), for TITLE and RANK only.' })
  @IsOptional()
  @Length(1, 120)
  officialId?: string | null;

  @Field({ description: 'Why: kept in the audit log.' })
  @Length(1, 1000)
  @Matches(NOT_BLANK, { message: 'reason must not be blank' })
  reason!: string;
}
