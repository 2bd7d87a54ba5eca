import { Field, ID, ObjectType } from 'type-graphql';
import { Consultation } from './consultation.type';
import { Country } from './country.type';

@ObjectType({ description: 'One real person, whatever the spelling a source used.' })
export class Official {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'Canonical name, in Latin script.' })
  name!: string;

  @Field(() => [String], { description: 'Every other spelling seen in sources, in any script.' })
  aliases!: string[];

  @Field(() => Country, { description: 'The country the official represents.' })
  country!: Country;

  @Field(() => [Official], {
    description:
      'Officials this one may be the same person as: a name written at a write fitted several people about equally, so ' +
      'the write created a new official instead of guessing, flagged against each of them (read from either side). ' +
      'An editor settles it with mergeOfficials. Most likely first.',
  })
  possibleDuplicates!: Official[];

  // counterparts(rank, country, first, after) and participations(first, after) are answered by OfficialResolver.
}

@ObjectType({ description: 'Someone an official met across the table, and where.' })
export class Counterpart {
  @Field(() => Official)
  official!: Official;

  @Field(() => [Consultation], { description: 'The consultations where they met, newest first.' })
  consultations!: Consultation[];
}
