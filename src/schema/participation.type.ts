import { Field, ID, ObjectType } from 'type-graphql';
import { Consultation } from './consultation.type';
import { Country } from './country.type';
import { ParticipantRole, Rank } from './enums';
import { Official } from './official.type';
import { Source } from './source.type';

@ObjectType({ description: 'What one source said about a participation: titles differ between sources.' })
export class ParticipationStatement {
  @Field(() => Source)
  source!: Source;

  @Field(() => String, { nullable: true })
  title!: string | null;

  @Field(() => Rank, { nullable: true })
  rank!: Rank | null;

  @Field(() => [String], { description: 'The name exactly as this source printed it.' })
  nameAsWritten!: string[];
}

@ObjectType({ description: 'A person on one side of an event, with the title they held on that date.' })
export class Participation {
  @Field(() => ID)
  id!: string;

  @Field(() => Official, { nullable: true, description: 'Null when the source does not name the person.' })
  official!: Official | null;

  @Field(() => String, { nullable: true, description: 'The name as written when no official is known.' })
  nameAsWritten!: string | null;

  @Field(() => Country, { description: 'The side the person was on.' })
  country!: Country;

  @Field(() => String, { nullable: true, description: 'Title derived from every source\'s statement (the claim rule).' })
  title!: string | null;

  @Field(() => Rank)
  rank!: Rank;

  @Field(() => ParticipantRole)
  role!: ParticipantRole;

  @Field(() => Consultation, { nullable: true, description: 'The consultation (null for a side meeting participant).' })
  consultation!: Consultation | null;

  @Field(() => [String], { description: '"title", "rank": what the sources disagree on (every statement is listed).' })
  conflicts!: string[];

  @Field(() => [ParticipationStatement], { description: 'Title and spelling per source.' })
  statements!: ParticipationStatement[];
}
