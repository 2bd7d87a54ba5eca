import { Length } from 'class-validator';
import { GraphQLResolveInfo } from 'graphql';
import { Args, ArgsType, Authorized, Ctx, Field, ID, Info, Mutation, Resolver } from 'type-graphql';
import { Role } from '../auth/api-keys';
import { BadUserInputError, NotFoundError } from '../errors';
import { addOfficialAlias, eventsOfOfficial, Graph, mergeOfficials, nodeById, selectionOf } from '../graph';
import { Official } from '../schema';
import { RequestContext } from './context';
import { Row, rowOf } from './translated';

@ArgsType()
class AddAliasArgs {
  @Field(() => ID)
  @Length(1, 120)
  officialId!: string;

  @Field({ description: 'Another spelling of the name, in any script.' })
  @Length(1, 200)
  alias!: string;
}

@ArgsType()
class MergeArgs {
  @Field(() => ID, { description: 'The official that stays.' })
  @Length(1, 120)
  keep!: string;

  @Field(() => ID, { description: 'The duplicate: its participations and names move to `keep`, then it is deleted.' })
  @Length(1, 120)
  remove!: string;
}

@Resolver(() => Official)
export class OfficialMutationResolver {
  @Authorized(Role.EDITOR)
  @Mutation(() => Official, { description: 'Adds a spelling to an official (and the name keys that find it).' })
  async addOfficialAlias(@Args() { officialId, alias }: AddAliasArgs, @Ctx() { graph }: RequestContext, @Info() info: GraphQLResolveInfo): Promise<Row> {
    if (alias.trim().length === 0) throw BadUserInputError.field('alias', 'must not be blank');
    if (!(await addOfficialAlias(graph, officialId, alias.trim()))) throw new NotFoundError('Official', officialId);
    return readBack(graph, officialId, info);
  }

  @Authorized(Role.EDITOR)
  @Mutation(() => Official, { description: 'Merges a duplicate into the official that stays, with an audit record.' })
  async mergeOfficials(@Args() { keep, remove }: MergeArgs, @Ctx() { graph, caller, feed }: RequestContext, @Info() info: GraphQLResolveInfo): Promise<Row> {
    if (keep === remove) throw BadUserInputError.field('remove', 'must differ from keep');
    // The events whose participant changes: the removed official's, read before they move.
    const moved = await eventsOfOfficial(graph, remove);
    const merged = await mergeOfficials(graph, keep, remove, caller.keyId ?? 'editor');
    if (!merged) throw new NotFoundError('Official', `${keep} or ${remove}`);
    // Asked again (or twice at once): the merge was made once, nothing changed now.
    if (!merged.alreadyMerged) feed.publish(moved.map((c) => ({ consultationId: c.consultationId, countryCodes: c.countryCodes, change: 'UPDATED' as const })));
    return readBack(graph, keep, info);
  }
}

/** After the write: the official as the mutation's selection reads it (one translated query). */
async function readBack(graph: Graph, id: string, info: GraphQLResolveInfo): Promise<Row> {
  const row = await rowOf(graph, nodeById('Official', id, selectionOf(info), info.fieldName));
  if (!row) throw new NotFoundError('Official', id);
  return row;
}
