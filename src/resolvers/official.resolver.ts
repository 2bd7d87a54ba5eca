import { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, ID, Arg, Info, Query, Resolver, Root } from 'type-graphql';
import { OfficialRow, ParticipationRow, CounterpartRow, counterpartRequest, listOfficials, meetingPath, searchOfficialsByName, meetingRoute, MeetingStepRow, primeConsultations } from '../graph';
import { OfficialConnection, Country, CounterpartsArgs, MeetingPathArgs, MeetingRouteArgs, OfficialsArgs, MeetingStep, Counterpart, Official, Participation } from '../schema';
import { AmbiguousNameError, NotFoundError } from '../errors';
import { RequestContext } from './context';
import { countryArgument } from './arguments';
import { connection, pageOf } from './cursor';
import { LookAhead } from './look-ahead';
import { readOfficial } from './read-ahead';

@Resolver(() => Official)
export class OfficialResolver {
  @Query(() => OfficialConnection, { description: 'Officials by name (any script or spelling, best match first), country and rank.' })
  officials(@Args() args: OfficialsArgs, @Ctx() ctx: RequestContext): Promise<OfficialConnection> {
    return findOfficials(args, ctx);
  }

  @Query(() => Official, { nullable: true, description: 'One official by id; null with a NOT_FOUND error naming the id when there is none.' })
  async official(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo): Promise<OfficialRow> {
    const found = await readOfficial(id, ctx, LookAhead.of(info));
    if (!found) throw new NotFoundError('Official', id);
    return found;
  }

  @Query(() => [Official], {
    nullable: true,
    description: 'Shortest chain of officials who met, both ends included (ids); [] when none within maxHops; NOT_FOUND for an unknown end; ' +
      'QUERY_LIMIT when the search would expand more participations than its cap (MEETING_PATH_MAX_EXPANSION) first.',
  })
  async meetingPath(@Args() { from, to, maxHops }: MeetingPathArgs, @Ctx() { graph, loaders }: RequestContext): Promise<OfficialRow[]> {
    await Promise.all([officialEnd(from, { graph, loaders }, false), officialEnd(to, { graph, loaders }, false)]);
    const officials = (await meetingPath(graph, from, to, maxHops)) ?? [];
    for (const o of officials) loaders.official.prime(o.id, o);
    return officials;
  }

  @Query(() => [MeetingStep], {
    nullable: true,
    description:
      'The shortest route of meetings between two officials (ids or names in any script), each step with every consultation ' +
      'linking its two people; [] when none within maxHops (or both ends are one person); NOT_FOUND for an unknown end, ' +
      'AMBIGUOUS_NAME for a name that fits several people equally well; QUERY_LIMIT when the search would expand more participations ' +
      'than its cap (MEETING_PATH_MAX_EXPANSION) first.',
  })
  async meetingRoute(@Args() { from, to, maxHops }: MeetingRouteArgs, @Ctx() ctx: RequestContext): Promise<MeetingStepRow[]> {
    const [a, b] = await Promise.all([officialEnd(from, ctx, true, 'from'), officialEnd(to, ctx, true, 'to')]);
    const steps = await meetingRoute(ctx.graph, a.id, b.id, maxHops ?? 6);
    for (const step of steps) {
      for (const o of [step.from, step.to]) ctx.loaders.official.prime(o.id, o);
      primeConsultations(ctx.loaders, step.consultations);
    }
    return steps;
  }

  @FieldResolver(() => Country)
  country(@Root() official: OfficialRow): Country {
    return { code: official.countryCode };
  }

  @FieldResolver(() => [Counterpart], { description: 'People met across the table, with the consultations where they met.' })
  counterparts(@Root() official: OfficialRow, @Args() args: CounterpartsArgs, @Ctx() { loaders }: RequestContext): Promise<CounterpartRow[]> {
    const country = countryArgument('country', args.country);
    const rank = args.rank ?? null;
    return loaders.counterparts.load(counterpartRequest(official.id, rank, country));
  }

  @FieldResolver(() => [Official], {
    description:
      'Officials this one may be the same person as: a name written at a write fitted several people about equally, so ' +
      'the write created a new official instead of guessing, flagged against each of them (read from either side). ' +
      'An editor settles it with mergeOfficials. Most likely first.',
  })
  possibleDuplicates(@Root() official: OfficialRow, @Ctx() { loaders }: RequestContext): Promise<OfficialRow[]> {
    return loaders.possibleDuplicatesOfOfficial.load(official.id);
  }

  @FieldResolver(() => [Participation], { description: 'Every event the official took part in, newest first.' })
  participations(@Root() official: OfficialRow, @Ctx() { loaders }: RequestContext): Promise<ParticipationRow[]> {
    return loaders.participationsOfOfficial.load(official.id);
  }
}

async function findOfficials(args: OfficialsArgs, { graph }: RequestContext): Promise<OfficialConnection> {
  const criteria = { country: countryArgument('country', args.country), rank: args.rank ?? null };
  const { skip, limit } = pageOf(args);
  if (args.name) {
    const scored = await searchOfficialsByName(graph, args.name, criteria);
    const page = scored.slice(skip, skip + limit);
    return connection(page, skip, scored.length, (s, cursor) => ({ cursor, node: s.official as unknown as Official, matchScore: round(s.score) }));
  }
  const { total, page } = await listOfficials(graph, criteria, { skip, limit });
  return connection(page, skip, total, (o, cursor) => ({ cursor, node: o as unknown as Official, matchScore: null }));
}

function round(score: number): number {
  return Math.round(score * 1000) / 1000;
}

/**
 * One end of a path or route: an official id, or (when names are allowed) the one official a name
 * fits best. Unknown: NOT_FOUND naming what was asked; two people fitting equally: AMBIGUOUS_NAME.
 */
async function officialEnd(
  value: string,
  { graph, loaders }: Pick<RequestContext, 'graph' | 'loaders'>,
  byName: boolean,
  argument = 'id',
): Promise<OfficialRow> {
  const byId = await loaders.official.load(value);
  if (byId) return byId;
  const scored = byName ? await searchOfficialsByName(graph, value, { country: null, rank: null }) : [];
  if (scored.length === 0) throw new NotFoundError('Official', value);
  const best = scored.filter((s) => s.score === scored[0].score);
  if (best.length > 1) throw new AmbiguousNameError(argument, value, best.map((s) => s.official));
  return scored[0].official;
}
