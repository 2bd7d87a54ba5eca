import { IsOptional, Length, Matches } from 'class-validator';
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { countryName, resolveCountries, resolveCountry } from '../country-names';
import { countryCodesInGraph, PartnerRow } from '../graph';
import { Country, Partner } from '../schema';
import { RequestContext } from './context';

@ArgsType()
class CountryNameArgs {
  @Field(() => String, { nullable: true, description: 'BCP 47 language, e.g. "de", "az", "ar"; English by default.' })
  @IsOptional()
  @Matches(/^[a-zA-Z]{2,3}(-[A-Za-z0-9]{2,8})*$/, { message: 'lang must be a BCP 47 language tag such as "de"' })
  lang?: string | null;
}

@ArgsType()
class CountriesArgs {
  @Field(() => String, { nullable: true, description: 'A name in any language or an ISO code; omit for every country in the graph.' })
  @IsOptional()
  @Length(1, 100)
  name?: string | null;
}

@Resolver(() => Country)
export class CountryResolver {
  @Query(() => [Country], { description: 'Countries a name (any language, inflected forms too) or ISO code can mean, best first.' })
  async countries(@Args() { name }: CountriesArgs, @Ctx() { graph }: RequestContext): Promise<Country[]> {
    if (name) return resolveCountries(name).map((m) => ({ code: m.code }));
    return (await countryCodesInGraph(graph)).map((code) => ({ code }));
  }

  @Query(() => Country, { nullable: true, description: 'A country by ISO code (or name); null when unknown.' })
  country(@Arg('code') code: string): Country | null {
    const match = code.length <= 100 ? resolveCountry(code) : null;
    return match && { code: match.code };
  }

  @FieldResolver(() => String, { description: 'The name in a language (CLDR), English by default.' })
  name(@Root() country: Country, @Args() { lang }: CountryNameArgs): string {
    return countryName(country.code, lang ?? 'en') ?? country.code;
  }

  @FieldResolver(() => [Partner], { description: 'Countries this one holds consultations with, by name.' })
  partners(@Root() country: Country, @Ctx() { loaders }: RequestContext): Promise<PartnerRow[]> {
    return loaders.partnersOfCountry.load(country.code);
  }
}
