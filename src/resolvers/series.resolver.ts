import { IsIn, IsOptional, Length, Max, Min } from 'class-validator';
import { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, Info, Int, Query, Resolver, Root } from 'type-graphql';
import { CadenceAsOf, cadenceAsOf, mostOverdueFirst, seriesCadence } from '../analysis';
import { quietSeriesCandidates, ConsultationRow, SeriesRow } from '../graph';
import { Cadence, PartialDateScalar, MAX_PAGE_SIZE, Consultation, Country, ConsultationKind, ConsultationSeries } from '../schema';
import { seriesId } from '../domain/ids';
import { RequestContext } from './context';
import { asOfArgument, countryArgument, countryPairArgument } from './arguments';
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

@ArgsType()
class QuietSeriesArgs {
  @Field(() => String, { nullable: true, description: 'Only series of this country: ISO code or name in any language.' })
  @IsOptional()
  @Length(1, 100)
  country?: string | null;

  @Field(() => PartialDateScalar, { nullable: true, description: 'The day to judge on (a reduced date means its last day); today, UTC, by default.' })
  asOf?: string | null;

  @Field(() => Int, { nullable: true, defaultValue: 20, description: `How many, 0–${MAX_PAGE_SIZE}.` })
  @IsOptional()
  @Min(0)
  @Max(MAX_PAGE_SIZE)
  first?: number | null;
}

/** A series as quietSeries found it: its cadence is judged on the same day unless the field says otherwise. */
type JudgedSeries = SeriesRow & { asOf?: string };

@Resolver(() => ConsultationSeries)
export class SeriesResolver {
  @Query(() => [ConsultationSeries], {
    description: 'Series that have gone quiet: overdue on asOf (see Cadence for the rule), the most days past their expected next round first.',
  })
  async quietSeries(@Args() { country, asOf, first }: QuietSeriesArgs, @Ctx() { graph, loaders }: RequestContext): Promise<JudgedSeries[]> {
    const day = asOfArgument(asOf);
    const candidates = await quietSeriesCandidates(graph, day, countryArgument('country', country));
    for (const c of candidates) loaders.cadence.prime(c.id, c.cadence);
    const quiet = mostOverdueFirst(candidates.map((c) => ({ id: c.id, cadence: cadenceAsOf(c.cadence, day) })), first ?? 20);
    return (await loadAll(loaders.series, quiet.map((q) => q.id))).map((s) => ({ ...s, asOf: day }));
  }

  @FieldResolver(() => Cadence, { description: "The series' rhythm, judged on asOf (today, UTC, by default; quietSeries' asOf below it)." })
  async cadence(
    @Root() s: JudgedSeries,
    @Arg('asOf', () => PartialDateScalar, { nullable: true, description: 'The day to judge on; a reduced date means its last day.' }) asOf: string | null,
    @Ctx() { loaders }: RequestContext,
  ): Promise<CadenceAsOf> {
    const stored = (await loaders.cadence.load(s.id)) ?? seriesCadence([]);
    return cadenceAsOf(stored, asOf ? asOfArgument(asOf) : (s.asOf ?? asOfArgument(null)));
  }

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
