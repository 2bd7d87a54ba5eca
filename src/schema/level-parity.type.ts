import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Country } from './country.type';
import { Rank } from './enums';

export enum LevelParityFilter {
  BALANCED = 'BALANCED',
  UNBALANCED = 'UNBALANCED',
}
registerEnumType(LevelParityFilter, {
  name: 'LevelParityFilter',
  description: 'Whether both heads of delegation stood at the same level of the rank ladder (see LevelParity).',
  valuesConfig: {
    BALANCED: { description: 'Both heads at one level: deputy minister with deputy minister or state secretary, …' },
    UNBALANCED: { description: 'The heads a step or more apart: a deputy minister facing a director-general, …' },
  },
});

@ObjectType({ description: "One side of an event: its country and the rank of its head of delegation." })
export class SideLevel {
  @Field(() => Country)
  country!: Country;

  @Field(() => Rank, { nullable: true, description: 'The head’s rank at the event (the highest on the ladder when a side names several); null when no head is recorded.' })
  rank!: Rank | null;
}

@ObjectType({
  description:
    'Did both sides send the same level? The ladder, highest first: MINISTER (4) > DEPUTY_MINISTER ≈ STATE_SECRETARY (3) > ' +
    'DIRECTOR_GENERAL, political directors included (2) > HEAD_OF_DEPARTMENT (1). AMBASSADOR and OTHER are off the ladder ' +
    '(an ambassador may head a delegation in anyone’s place), so a side headed by one, or with no recorded head, makes the ' +
    'parity unknown.',
})
export class LevelParity {
  @Field(() => Boolean, { nullable: true, description: 'Both heads at the same ladder level; null when a side’s head or their level is unknown.' })
  balanced!: boolean | null;

  @Field(() => Int, { nullable: true, description: 'Ladder steps between the heads: deputy minister vs director-general is 1; null when unknown.' })
  gap!: number | null;

  @Field(() => [SideLevel], { description: 'One per country of the event.' })
  sides!: SideLevel[];
}
