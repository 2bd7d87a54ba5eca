import { IsOptional, ValidateNested } from 'class-validator';
import { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import { NotFoundError } from '../errors';
import { LevelParityRow, primeConsultations, findConsultations, ResolvedConsultationFilter, searchOfficialsByName, CitationRow, ConsultationRow, ParticipationRow, SeriesRow, SideMeetingRow, SourceRow } from '../graph';
import { LevelParity, ConsultationFilter, ConsultationOrder, Citation, Source, ConsultationConnection, Consultation, Round, SideMeeting, Country, Participation, PageArgs, ConsultationSeries } from '../schema';
import { parsePartialDate, isPartialDate } from '../domain/partial-date';
import { RequestContext } from './context';
import { countryArgument, countryPairArgument } from './arguments';
import { connection, pageOf } from './cursor';
import { loadAll } from './loaded';
import { LookAhead } from './look-ahead';
import { bundlePartsOf } from './read-ahead';

@ArgsType()
class ConsultationsArgs extends PageArgs {
  // Without ValidateNested class-validator never looks inside the filter (its lengths went unchecked).
  @Field(() => ConsultationFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: ConsultationFilter | null;

  @Field(() => ConsultationOrder, { nullable: true, defaultValue: ConsultationOrder.DATE_DESC })
  orderBy?: ConsultationOrder | null;
}

@Resolver(() => Consultation)
export class ConsultationResolver {
  @Query(() => Consultation, { nullable: true, description: 'One consultation by id; null with a NOT_FOUND error naming the id when there is none.' })
  async consultation(@Arg('id', () => ID) id: string, @Ctx() { loaders }: RequestContext): Promise<ConsultationRow> {
    const found = await loaders.consultation.load(id);
    if (!found) throw new NotFoundError('Consultation', id);
    return found;
  }

  @Query(() => ConsultationConnection, { description: 'Consultations matching every given criterion, newest first (orderBy: DATE_ASC for oldest first).' })
  async consultations(@Args() args: ConsultationsArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo): Promise<ConsultationConnection> {
    const { skip, limit } = pageOf(args);
    const filter = await resolveFilter(args.filter ?? {}, ctx);
    // The page comes with the parts its nodes select (participants, sources): one round trip;
    // and is counted only when the response asks for the total.
    const ahead = LookAhead.of(info);
    const found = await findConsultations(ctx.graph, filter, { skip, limit }, {
      parts: bundlePartsOf(ahead.path('edges', 'node')),
      counted: ahead.selects('totalCount'),
      order: args.orderBy ?? ConsultationOrder.DATE_DESC,
    });
    const page = primeConsultations(ctx.loaders, found.page);
    return connection(page, skip, found.total, (c, cursor) => ({ cursor, node: c as unknown as Consultation }), found.hasNextPage);
  }

  @FieldResolver(() => [Country])
  countries(@Root() c: ConsultationRow): Country[] {
    return c.countryCodes.map((code) => ({ code }));
  }

  @FieldResolver(() => Round)
  async round(@Root() c: ConsultationRow, @Ctx() { loaders }: RequestContext): Promise<Round> {
    const statements = (await loaders.citationsOfConsultation.load(c.id)).filter((s) => s.roundStatedAs !== null);
    return {
      number: c.roundNumber,
      origin: c.roundOrigin,
      statedAs: c.roundStatedAs,
      conflicting: c.roundConflicting,
      atLeast: c.roundAtLeast ?? (c.roundOrigin === 'UNKNOWN' ? null : c.roundNumber),
      atMost: c.roundAtMost ?? (c.roundOrigin === 'UNKNOWN' ? null : c.roundNumber),
      statements: statements.map((s) => ({ number: s.roundNumber, statedAs: s.roundStatedAs!, source: { id: s.sourceId } as Source })),
    };
  }

  @FieldResolver(() => [Participation])
  participants(@Root() c: ConsultationRow, @Ctx() { loaders }: RequestContext): Promise<ParticipationRow[]> {
    return loaders.participationsOfConsultation.load(c.id);
  }

  @FieldResolver(() => [String])
  topics(@Root() c: ConsultationRow, @Ctx() { loaders }: RequestContext): Promise<string[]> {
    return loaders.topicsOfConsultation.load(c.id);
  }

  @FieldResolver(() => [Source])
  async sources(@Root() c: ConsultationRow, @Ctx() { loaders }: RequestContext): Promise<SourceRow[]> {
    const citations = await loaders.citationsOfConsultation.load(c.id);
    return loadAll(loaders.source, citations.map((s) => s.sourceId));
  }

  @FieldResolver(() => [Citation])
  citations(@Root() c: ConsultationRow, @Ctx() { loaders }: RequestContext): Promise<CitationRow[]> {
    return loaders.citationsOfConsultation.load(c.id);
  }

  @FieldResolver(() => ConsultationSeries)
  async series(@Root() c: ConsultationRow, @Ctx() { loaders }: RequestContext): Promise<SeriesRow> {
    return (await loadAll(loaders.series, [c.seriesId]))[0];
  }

  @FieldResolver(() => LevelParity, { description: 'Whether both heads of delegation stood at the same level of the rank ladder (see LevelParity).' })
  async levelParity(@Root() c: ConsultationRow, @Ctx() { loaders }: RequestContext): Promise<LevelParity> {
    return levelParityOf(c, await loaders.levelParity.load(c.id));
  }

  @FieldResolver(() => [SideMeeting])
  sideMeetings(@Root() c: ConsultationRow, @Ctx() { loaders }: RequestContext): Promise<SideMeetingRow[]> {
    return loaders.sideMeetingsOfConsultation.load(c.id);
  }
}

/**
 * Names become codes and ids: a participant is matched by id or by name (a name nobody matches
 * leaves only the literal id, so no consultation); an unknown country is a BAD_USER_INPUT naming
 * the filter field.
 */
async function resolveFilter(f: ConsultationFilter, { graph }: RequestContext): Promise<ResolvedConsultationFilter> {
  let officialIds: string[] | null = null;
  if (f.participant) {
    const found = await searchOfficialsByName(graph, f.participant, { country: null, rank: null });
    officialIds = [f.participant, ...found.map((s) => s.official.id)];
  }
  const from = f.from ? parsePartialDate(f.from) : null;
  const to = f.to ? parsePartialDate(f.to) : null;
  return {
    country: countryArgument('filter.country', f.country),
    between: f.between ? countryPairArgument('filter.between', f.between) : null,
    officialIds,
    city: f.city ?? null,
    format: f.format ?? null,
    kind: f.kind ?? null,
    status: f.status ?? null,
    // Undated events sort as '0000-00-00': any date bound, `from` or `to`, leaves them out, since
    // nobody knows they fall inside it; with no bound at all they are listed.
    from: from && isPartialDate(from) ? from.first : to ? '0000-00-01' : '0000-00-00',
    to: to && isPartialDate(to) ? to.last : '9999-12-31',
    topic: f.topic ?? null,
    levelParity: f.levelParity ?? null,
    rank: f.rank ?? null,
  };
}

/** The stored parity (one country and rank per known head) as one side per country of the event. */
function levelParityOf(c: ConsultationRow, stored: LevelParityRow | null): LevelParity {
  const rankOf = (code: string) => {
    const i = stored?.sideCountries.indexOf(code) ?? -1;
    return i >= 0 ? stored!.sideRanks[i] : null;
  };
  return { balanced: stored?.balanced ?? null, gap: stored?.gap ?? null, sides: c.countryCodes.map((code) => ({ country: { code }, rank: rankOf(code) })) };
}
