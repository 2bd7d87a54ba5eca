import { IsIn, IsOptional, Length, Max, Min } from 'class-validator';
import { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, Info, Int, Query, Resolver, Root } from 'type-graphql';
import { CadenceAsOf, cadenceAsOf, mostOverdueFirst, SeriesCadence, seriesCadence } from '../analysis';
import { nodeById, nodesByIds, quietSeriesCandidates, selectionOf } from '../graph';
import { Cadence, PartialDateScalar, MAX_PAGE_SIZE, Consultation, ConsultationKind, ConsultationSeries, ListPageArgs, RoundConnection } from '../schema';
import { seriesId } from '../domain/ids';
import { RequestContext } from './context';
import { asOfArgument, countryArgument, countryPairArgument } from './arguments';
import { listConnection } from './cursor';
import { fieldOf, Row, rowOf, rowsOf } from './translated';

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

/** The day quietSeries judged a series on: its cadence is judged on the same day unless the field says otherwise. */
const JUDGED_ON = '__asOf';

@Resolver(() => ConsultationSeries)
export class SeriesResolver {
  @Query(() => [ConsultationSeries], {
    description: 'Series that have gone quiet: overdue on asOf (see Cadence for the rule), the most days past their expected next round first.',
  })
  async quietSeries(@Args() { country, asOf, first }: QuietSeriesArgs, @Ctx() { graph }: RequestContext, @Info() info: GraphQLResolveInfo): Promise<Row[]> {
    const day = asOfArgument(asOf);
    const candidates = await quietSeriesCandidates(graph, day, countryArgument('country', country));
    const quiet = mostOverdueFirst(candidates.map((c) => ({ id: c.id, cadence: cadenceAsOf(c.cadence, day) })), first ?? 20);
    if (quiet.length === 0) return [];
    const rows = await rowsOf(graph, nodesByIds('ConsultationSeries', quiet.map((q) => q.id), selectionOf(info), info.fieldName));
    return rows.map((row) => ({ ...row, [JUDGED_ON]: day }));
  }

  @Query(() => ConsultationSeries, { nullable: true, description: "A pair's recurring talks of one kind, with rounds; null when none are recorded." })
  consultationSeries(@Args() { between, kind }: SeriesArgs, @Ctx() { graph }: RequestContext, @Info() info: GraphQLResolveInfo): Promise<Row | null> {
    return rowOf(graph, nodeById('ConsultationSeries', seriesId(countryPairArgument('between', between), kind), selectionOf(info), info.fieldName));
  }

  @FieldResolver(() => Cadence, { description: "The series' rhythm, judged on asOf (today, UTC, by default; quietSeries' asOf below it)." })
  cadence(
    @Root() s: Row,
    @Arg('asOf', () => PartialDateScalar, { nullable: true, description: 'The day to judge on; a reduced date means its last day.' }) asOf: string | null,
    @Info() info: GraphQLResolveInfo,
  ): CadenceAsOf {
    const stored = fieldOf<SeriesCadence | undefined>(s, info) ?? seriesCadence([]);
    return cadenceAsOf(stored, asOf ? asOfArgument(asOf) : ((s[JUDGED_ON] as string | undefined) ?? asOfArgument(null)));
  }

  @FieldResolver(() => [Consultation], { description: 'Events in date order; undated ones last (a page of them).' })
  rounds(@Root() s: Row, @Args() _args: ListPageArgs, @Info() info: GraphQLResolveInfo): Row[] {
    return fieldOf(s, info);
  }

  @FieldResolver(() => RoundConnection, { description: 'The rounds as pages a client can follow: date order, undated last, with cursors and hasNextPage.' })
  roundsConnection(@Root() s: Row, @Args() args: ListPageArgs, @Info() info: GraphQLResolveInfo) {
    return listConnection(fieldOf<Row[]>(s, info), args);
  }
}
