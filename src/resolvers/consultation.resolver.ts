import { IsOptional, ValidateNested } from 'class-validator';
import { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, ArgsType, Ctx, Field, ID, Info, Query, Resolver } from 'type-graphql';
import { NotFoundError } from '../errors';
import { anchorFor, consultationPage, findConsultationPage, nodeById, ResolvedConsultationFilter, searchOfficialsByName, selectionAt, selectionOf } from '../graph';
import { ConsultationFilter, ConsultationOrder, ConsultationConnection, Consultation, PageArgs } from '../schema';
import { parsePartialDate, isPartialDate } from '../domain/partial-date';
import { RequestContext } from './context';
import { countryArgument, countryPairArgument } from './arguments';
import { connection, pageOf } from './cursor';
import { Row, rowOf } from './translated';

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

/** Every field of a consultation is read by the root's one translated query (src/graph/translate). */
@Resolver(() => Consultation)
export class ConsultationResolver {
  @Query(() => Consultation, { nullable: true, description: 'One consultation by id; null with a NOT_FOUND error naming the id when there is none.' })
  async consultation(@Arg('id', () => ID) id: string, @Ctx() { graph }: RequestContext, @Info() info: GraphQLResolveInfo): Promise<Row> {
    const found = await rowOf(graph, nodeById('Consultation', id, selectionOf(info), info.fieldName));
    if (!found) throw new NotFoundError('Consultation', id);
    return found;
  }

  @Query(() => ConsultationConnection, { description: 'Consultations matching every given criterion, newest first (orderBy: DATE_ASC for oldest first).' })
  async consultations(@Args() args: ConsultationsArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    const { skip, limit } = pageOf(args);
    const filter = await resolveFilter(args.filter ?? {}, ctx);
    const selected = selectionOf(info);
    // Counted only when the response asks for the total (else a top-k sort).
    const counted = selected.some((f) => f.name === 'totalCount');
    const translation = consultationPage(filter, anchorFor(filter), args.orderBy ?? ConsultationOrder.DATE_DESC, { skip, limit, counted }, selectionAt(selected, 'edges', 'node'), info.fieldName);
    const found = await findConsultationPage(ctx.graph, translation, { skip, limit, counted });
    return connection(found.page, skip, found.total, (node, cursor) => ({ cursor, node }), found.hasNextPage);
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
