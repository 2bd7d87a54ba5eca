import { IsOptional, Length, Matches } from 'class-validator';
import { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import { countryName, resolveCountries, resolveCountry } from '../country-names';
import { countryCodesInGraph, selectionOf } from '../graph';
import { Country } from '../schema';
import { RequestContext } from './context';
import { countryValues } from './country-values';
import { fieldOf, Row } from './translated';

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
  async countries(@Args() { name }: CountriesArgs, @Ctx() { graph }: RequestContext, @Info() info: GraphQLResolveInfo): Promise<Row[]> {
    const codes = name ? resolveCountries(name).map((m) => m.code) : await countryCodesInGraph(graph);
    return countryValues(graph, codes, selectionOf(info), info.fieldName);
  }

  @Query(() => Country, { nullable: true, description: 'A country by ISO code (or name); null when unknown.' })
  async country(@Arg('code') code: string, @Ctx() { graph }: RequestContext, @Info() info: GraphQLResolveInfo): Promise<Row | null> {
    const match = code.length <= 100 ? resolveCountry(code) : null;
    return match && (await countryValues(graph, [match.code], selectionOf(info), info.fieldName))[0];
  }

  /** The row holds the code under this field's key (see translate/country.model.ts). */
  @FieldResolver(() => String, { description: 'The name in a language (CLDR), English by default.' })
  name(@Root() country: Row, @Args() { lang }: CountryNameArgs, @Info() info: GraphQLResolveInfo): string {
    const code = fieldOf<string>(country, info);
    return countryName(code, lang ?? 'en') ?? code;
  }
}
