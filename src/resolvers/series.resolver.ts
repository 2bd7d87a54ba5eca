import { IsIn } from 'class-validator';
import { GraphQLResolveInfo } from 'graphql';
import { Args, ArgsType, Ctx, Field, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import { seriesId } from '../domain/ids';
import { ConsultationRow, SeriesRow } from '../graph/rows';
import { Consultation } from '../schema/consultation.type';
import { Country } from '../schema/country.type';
import { ConsultationKind } from '../schema/enums';
import { ConsultationSeries } from '../schema/series.type';
import { RequestContext } from '../server/context';
import { countryPairArgument } from './arguments';
import { loadAll } from './loaded';
import { LookAhead } from './look-ahead';
import { readSeries } from './read-ahead';

@ArgsType()
class SeriesArgs {
  @Field(() => [String], { description: 'The two countries: ISO codes or names in any language, any order.' })
  between!: string[];

  @Field(() => ConsultationKind, { defaultValue: ConsultationKind.POLITICAL_CONSULTATIONS })
  @IsIn(Object.values(ConsultationKind))
  kind!: ConsultationKind;
}

@Resolver(() => ConsultationSeries)
export class SeriesResolver {
  @Query(() => ConsultationSeries, { nullable: true, description: "A pair's recurring talks of one kind, with rounds; null when none are recorded." })
  consultationSeries(@Args() { between, kind }: SeriesArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo): Promise<SeriesRow | null> {
    return readSeries(seriesId(countryPairArgument('between', between), kind), ctx, LookAhead.of(info));
  }

  @FieldResolver(() => [Country])
  countries(@Root() s: SeriesRow): Country[] {
    return s.countryCodes.map((code) => ({ code }));
  }

  @FieldResolver(() => [Consultation])
  rounds(@Root() s: SeriesRow, @Ctx() { loaders }: RequestContext): Promise<ConsultationRow[]> {
    return loadAll(loaders.consultation, s.consultationIds);
  }
}
