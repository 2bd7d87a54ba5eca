import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Country } from './country.type';
import { PartialDateScalar } from './date.scalar';
import { ConsultationKind, ConsultationStatus, DatePrecision, MeetingFormat, RoundOrigin, SideMeetingKind } from './enums';
import { LevelParity } from './level-parity.type';
import { Participation } from './participation.type';
import { ConsultationSeries } from './series.type';
import { Citation, Source } from './source.type';

@ObjectType({ description: "A source's statement of a round number." })
export class RoundStatement {
  @Field(() => Int, { nullable: true, description: 'Null when the words give no number ("the next round").' })
  number!: number | null;

  @Field({ description: 'The words in the source.' })
  statedAs!: string;

  @Field(() => Source)
  source!: Source;
}

@ObjectType({ description: 'Which round of a series an event is. Never invented: unknown stays unknown.' })
export class Round {
  @Field(() => Int, { nullable: true })
  number!: number | null;

  @Field(() => RoundOrigin)
  origin!: RoundOrigin;

  @Field(() => String, { nullable: true, description: 'The words in the source, e.g. "fifth round", "zweite Sitzung".' })
  statedAs!: string | null;

  @Field({ description: 'True when sources state different numbers; all statements are listed.' })
  conflicting!: boolean;

  @Field(() => Int, { nullable: true, description: 'The smallest number the stated rounds around this event allow (its own number when stated or inferred; null when undated).' })
  atLeast!: number | null;

  @Field(() => Int, { nullable: true, description: 'The largest number the facts allow; null when nothing after it is stated (or it is undated).' })
  atMost!: number | null;

  @Field(() => [RoundStatement])
  statements!: RoundStatement[];
}

@ObjectType({ description: 'An organisation met during a visit (think tank, company, …).' })
export class Organisation {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field()
  kind!: string;

  @Field(() => Country, { nullable: true })
  country!: Country | null;
}

@ObjectType({ description: 'A meeting held alongside a consultation, possibly with unnamed participants.' })
export class SideMeeting {
  @Field(() => ID)
  id!: string;

  @Field(() => SideMeetingKind)
  kind!: SideMeetingKind;

  @Field()
  description!: string;

  @Field(() => Country, { nullable: true })
  country!: Country | null;

  @Field(() => Organisation, { nullable: true })
  organisation!: Organisation | null;

  @Field(() => [Participation])
  participants!: Participation[];
}

@ObjectType({ description: 'One bilateral event: political consultations, a commission session, …' })
export class Consultation {
  @Field(() => ID)
  id!: string;

  @Field(() => ConsultationKind)
  kind!: ConsultationKind;

  @Field(() => ConsultationStatus)
  status!: ConsultationStatus;

  @Field(() => PartialDateScalar, { nullable: true })
  date!: string | null;

  @Field(() => DatePrecision)
  datePrecision!: DatePrecision;

  @Field(() => String, { nullable: true, description: 'Where it was held (English name); null when no source says.' })
  city!: string | null;

  @Field(() => MeetingFormat, { nullable: true })
  format!: MeetingFormat | null;

  @Field(() => [Country])
  countries!: Country[];

  @Field(() => [String], { description: 'Facts whose sources disagree ("date", "city", "format"): each source\'s statement is in `citations`. The shown value follows the claim rule (README, "Writing").' })
  conflicts!: string[];

  @Field(() => Round)
  round!: Round;

  @Field(() => [Participation])
  participants!: Participation[];

  @Field(() => [String])
  topics!: string[];

  @Field(() => [Source])
  sources!: Source[];

  @Field(() => [Citation], { description: 'Each source with the facts it supports.' })
  citations!: Citation[];

  @Field(() => ConsultationSeries)
  series!: ConsultationSeries;

  @Field(() => LevelParity, { description: 'Whether both heads of delegation stood at the same level of the rank ladder (see LevelParity).' })
  levelParity!: LevelParity;

  @Field(() => [SideMeeting])
  sideMeetings!: SideMeeting[];
}
