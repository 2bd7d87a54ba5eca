import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Consultation } from './consultation.type';

@ObjectType({ description: 'A country, keyed by its ISO 3166-1 alpha-2 code.' })
export class Country {
  @Field(() => ID, { description: 'ISO 3166-1 alpha-2 code, e.g. "BE".' })
  code!: string;

  // name(lang) is answered by CountryResolver (CLDR names, in JS).

  @Field(() => [Partner], { description: 'Countries this one holds consultations with, by name.' })
  partners!: Partner[];
}

@ObjectType({ description: 'An agreement between two countries that a source mentions.' })
export class Agreement {
  @Field()
  name!: string;

  @Field(() => Int)
  year!: number;
}

@ObjectType({ description: 'A country this one holds consultations with.' })
export class Partner {
  @Field(() => Country)
  country!: Country;

  @Field(() => [Consultation], { description: 'Their consultations, newest first.' })
  consultations!: Consultation[];

  @Field(() => Int, { nullable: true, description: 'Year diplomatic relations were established, where a source states or implies it.' })
  diplomaticRelationsSince!: number | null;

  @Field(() => [Agreement])
  agreements!: Agreement[];
}
