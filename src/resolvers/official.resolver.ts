import { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, ID, Arg, Info, Query, Resolver, Root } from 'type-graphql';
import { OfficialRow, ParticipationRow, CounterpartRow } from '../graph/rows';
import { counterpartRequest, listOfficials } from '../graph/officials/official.queries';
import { meetingPath } from '../graph/officials/meeting-path.queries';
import { searchOfficialsByName } from '../graph/officials/search-officials';
import { OfficialConnection } from '../schema/connection.type';
import { Country } from '../schema/country.type';
import { CounterpartsArgs, MeetingPathArgs, OfficialsArgs } from '../schema/official.args';
import { Counterpart, Official } from '../schema/official.type';
import { Participation } from '../schema/participation.type';
import { RequestContext } from '../server/context';
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

  @Query(() => Official, { nullable: true })
  official(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo): Promise<OfficialRow | null> {
    return readOfficial(id, ctx, LookAhead.of(info));
  }

  @Query(() => [Official], { nullable: true, description: 'Shortest chain of officials who met, both ends included; null when none within maxHops.' })
  async meetingPath(@Args() { from, to, maxHops }: MeetingPathArgs, @Ctx() { graph, loaders }: RequestContext): Promise<OfficialRow[] | null> {
    const officials = await meetingPath(graph, from, to, maxHops);
    for (const o of officials ?? []) loaders.official.prime(o.id, o);
    return officials;
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
