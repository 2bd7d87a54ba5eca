import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Consultation } from './consultation.type';
import { Country } from './country.type';
import { ConsultationKind } from './enums';

@ObjectType({ description: 'The recurring talks of one country pair and kind, with their rounds.' })
export class ConsultationSeries {
  @Field(() => ID)
  id!: string;

  @Field(() => ConsultationKind)
  kind!: ConsultationKind;

  @Field(() => [Country])
  countries!: Country[];

  @Field(() => [Consultation], { description: 'Events in date order; undated ones last.' })
  rounds!: Consultation[];

  @Field(() => Int, { nullable: true, description: 'Round of the latest held event; null when that is unknown.' })
  currentRoundNumber!: number | null;

  @Field(() => Int, { nullable: true, description: 'A planned round stated by a source, else current + 1; null when unknown.' })
  nextRoundNumber!: number | null;
}
