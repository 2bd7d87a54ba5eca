import { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, ID, Arg, Info, Query, Resolver, Root } from 'type-graphql';
import { findMeetingChain, searchOfficialsByName, nodeById, nodesByIds, officialPage, officialsById, OfficialRow, selectionAt, selectionOf, meetingSteps, Graph } from '../graph';
import { OfficialConnection, CounterpartConnection, ParticipationConnection, CounterpartsArgs, ListPageArgs, MeetingPathArgs, MeetingRouteArgs, OfficialsArgs, MeetingStep, Counterpart, Official, Participation } from '../schema';
import { AmbiguousNameError, NotFoundError } from '../errors';
import { RequestContext } from './context';
import { countryArgument } from './arguments';
import { connection, listConnection, pageOf } from './cursor';
import { fieldOf, Row, rowOf, rowsOf } from './translated';

/**
 * Officials and everything below them come from one translated query per root field; the two
 * fields with arguments are read from the row here so type-graphql validates their arguments.
 */
@Resolver(() => Official)
export class OfficialResolver {
  @Query(() => OfficialConnection, { description: 'Officials by name (any script or spelling, best match first), country and rank.' })
  officials(@Args() args: OfficialsArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return findOfficials(args, ctx, info);
  }

  @Query(() => Official, { nullable: true, description: 'One official by id; null with a NOT_FOUND error naming the id when there is none.' })
  async official(@Arg('id', () => ID) id: string, @Ctx() { graph }: RequestContext, @Info() info: GraphQLResolveInfo): Promise<Row> {
    const found = await rowOf(graph, nodeById('Official', id, selectionOf(info), info.fieldName));
    if (!found) throw new NotFoundError('Official', id);
    return found;
  }

  @Query(() => [Official], {
    nullable: true,
    description: 'Shortest chain of officials who met, both ends included (ids); [] when none within maxHops; NOT_FOUND for an unknown end; ' +
      'QUERY_LIMIT when the search would expand more participations than its cap (MEETING_PATH_MAX_EXPANSION) first.',
  })
  async meetingPath(@Args() { from, to, maxHops }: MeetingPathArgs, @Ctx() { graph }: RequestContext, @Info() info: GraphQLResolveInfo): Promise<Row[]> {
    await Promise.all([officialEnd(from, graph, false), officialEnd(to, graph, false)]);
    const chain = (await findMeetingChain(graph, from, to, maxHops)) ?? [];
    return chain.length === 0 ? [] : rowsOf(graph, nodesByIds('Official', chain, selectionOf(info), info.fieldName));
  }

  @Query(() => [MeetingStep], {
    nullable: true,
    description:
      'The shortest route of meetings between two officials (ids or names in any script), each step with every consultation ' +
      'linking its two people; [] when none within maxHops (or both ends are one person); NOT_FOUND for an unknown end, ' +
      'AMBIGUOUS_NAME for a name that fits several people equally well; QUERY_LIMIT when the search would expand more participations ' +
      'than its cap (MEETING_PATH_MAX_EXPANSION) first.',
  })
  async meetingRoute(@Args() { from, to, maxHops }: MeetingRouteArgs, @Ctx() { graph }: RequestContext, @Info() info: GraphQLResolveInfo): Promise<Row[]> {
    const [a, b] = await Promise.all([officialEnd(from, graph, true, 'from'), officialEnd(to, graph, true, 'to')]);
    // One person at both ends is no route; the bounded search (QUERY_LIMIT past its cap) gives the chain's ids.
    const chain = a.id === b.id ? null : await findMeetingChain(graph, a.id, b.id, maxHops ?? 6);
    if (!chain || chain.length < 2) return [];
    const steps = chain.slice(1).map((to, i) => ({ from: chain[i], to }));
    return rowsOf(graph, meetingSteps(steps, selectionOf(info), info.fieldName));
  }

  @FieldResolver(() => [Counterpart], { description: 'People met across the table, with the consultations where they met (alphabetical, a page of them).' })
  counterparts(@Root() official: Row, @Args() _args: CounterpartsArgs, @Info() info: GraphQLResolveInfo): Row[] {
    return fieldOf(official, info);
  }

  @FieldResolver(() => [Participation], { description: 'Every event the official took part in, newest first (a page of them).' })
  participations(@Root() official: Row, @Args() _args: ListPageArgs, @Info() info: GraphQLResolveInfo): Row[] {
    return fieldOf(official, info);
  }

  @FieldResolver(() => CounterpartConnection, { description: 'The counterparts as pages a client can follow: same order and filters, with cursors and hasNextPage.' })
  counterpartsConnection(@Root() official: Row, @Args() args: CounterpartsArgs, @Info() info: GraphQLResolveInfo) {
    return listConnection(fieldOf<Row[]>(official, info), args);
  }

  @FieldResolver(() => ParticipationConnection, { description: 'The participations as pages a client can follow: newest first, with cursors and hasNextPage.' })
  participationsConnection(@Root() official: Row, @Args() args: ListPageArgs, @Info() info: GraphQLResolveInfo) {
    return listConnection(fieldOf<Row[]>(official, info), args);
  }
}

/** By name: the scorer's order (ids read back in it); without one: the alphabetical page, translated whole. */
async function findOfficials(args: OfficialsArgs, { graph }: RequestContext, info: GraphQLResolveInfo) {
  const criteria = { country: countryArgument('country', args.country), rank: args.rank ?? null };
  const { skip, limit } = pageOf(args);
  const node = selectionAt(selectionOf(info), 'edges', 'node');
  if (args.name) {
    const scored = await searchOfficialsByName(graph, args.name, criteria);
    const page = scored.slice(skip, skip + limit);
    const rows = page.length === 0 ? [] : await rowsOf(graph, nodesByIds('Official', page.map((s) => s.official.id), node, info.fieldName));
    return connection(rows, skip, scored.length, (row, cursor, i) => ({ cursor, node: row, matchScore: round(page[i].score) }));
  }
  const [found] = await graph.read<{ total: number; page: Row[] }>(...translated(officialPage(criteria, { skip, limit }, node, info.fieldName)));
  return connection(found?.page ?? [], skip, found?.total ?? 0, (row, cursor) => ({ cursor, node: row, matchScore: null }));
}

function translated(t: { cypher: string; params: Readonly<Record<string, unknown>> }): [string, Record<string, unknown>] {
  return [t.cypher, { ...t.params }];
}

function round(score: number): number {
  return Math.round(score * 1000) / 1000;
}

/**
 * One end of a path or route: an official id, or (when names are allowed) the one official a name
 * fits best. Unknown: NOT_FOUND naming what was asked; two people fitting equally: AMBIGUOUS_NAME.
 */
async function officialEnd(value: string, graph: Graph, byName: boolean, argument = 'id'): Promise<OfficialRow> {
  const [byId] = await officialsById(graph, [value]);
  if (byId) return byId;
  const scored = byName ? await searchOfficialsByName(graph, value, { country: null, rank: null }) : [];
  if (scored.length === 0) throw new NotFoundError('Official', value);
  const best = scored.filter((s) => s.score === scored[0].score);
  if (best.length > 1) throw new AmbiguousNameError(argument, value, best.map((s) => s.official));
  return scored[0].official;
}
