import { Length } from 'class-validator';
import { GraphQLResolveInfo } from 'graphql';
import { Args, ArgsType, Authorized, Ctx, Field, ID, Info, Mutation, Resolver } from 'type-graphql';
import { Role } from '../auth/api-keys';
import { BadUserInputError, NotFoundError } from '../errors';
import { addOfficialAlias, eventsOfOfficial, mergeOfficials } from '../graph';
import { MergeOfficialsArgs, Official } from '../schema';
import { RequestContext } from './context';
import { readBack } from './read-back';
import { Row } from './translated';

@ArgsType()
class AddAliasArgs {
  @Field(() => ID)
  @Length(1, 120)
  officialId!: string;

  @Field({ description: 'Another spelling of the name, in any script.' })
  @Length(1, 200)
  alias!: string;
}

@Resolver(() => Official)
export class OfficialMutationResolver {
  @Authorized(Role.EDITOR)
  @Mutation(() => Official, { description: 'Adds a spelling to an official (and the name keys that find it).' })
  async addOfficialAlias(@Args() { officialId, alias }: AddAliasArgs, @Ctx() { graph }: RequestContext, @Info() info: GraphQLResolveInfo): Promise<Row> {
    if (alias.trim().length === 0) throw BadUserInputError.field('alias', 'must not be blank');
    if (!(await addOfficialAlias(graph, officialId, alias.trim()))) throw new NotFoundError('Official', officialId);
    return readBack(graph, 'Official', officialId, info);
  }

  @Authorized(Role.EDITOR)
  @Mutation(() => Official, {
    description:
      'Merges a duplicate into the official that stays. Audited (auditLog) and reversible (undo). The same merge asked again ' +
      'changes nothing; officials of different countries are refused unless allowDifferentCountries with a reason.',
  })
  async mergeOfficials(@Args() args: MergeOfficialsArgs, @Ctx() { graph, caller, feed }: RequestContext, @Info() info: GraphQLResolveInfo): Promise<Row> {
    const { keep, remove } = args;
    const problems = [
      ...(keep === remove ? [{ field: 'remove', message: 'must differ from keep' }] : []),
      ...(args.allowDifferentCountries && !args.reason ? [{ field: 'reason', message: 'is required with allowDifferentCountries' }] : []),
    ];
    if (problems.length > 0) throw new BadUserInputError(problems.map((p) => `${p.field}: ${p.message}`).join('; '), problems);
    // The events whose participant changes: the removed official's, read before they move.
    const moved = await eventsOfOfficial(graph, remove);
    const merged = await mergeOfficials(graph, {
      keep,
      remove,
      allowDifferentCountries: args.allowDifferentCountries,
      reason: args.reason ?? null,
      actor: caller.keyId ?? null,
    });
    if (!merged) throw new NotFoundError('Official', `${keep} or ${remove}`);
    // Asked again (or twice at once): the merge was made once, nothing changed now.
    if (!merged.alreadyMerged) feed.publish(moved.map((c) => ({ consultationId: c.consultationId, countryCodes: c.countryCodes, change: 'UPDATED' as const })));
    return readBack(graph, 'Official', keep, info);
  }
}

