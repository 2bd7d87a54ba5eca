import { Length } from 'class-validator';
import { Args, ArgsType, Authorized, Ctx, Field, ID, Mutation, Resolver } from 'type-graphql';
import { Role } from '../auth/api-keys';
import { BadUserInputError, NotFoundError } from '../errors';
import { addOfficialAlias, mergeOfficials, OfficialRow } from '../graph';
import { MergeOfficialsArgs, Official } from '../schema';
import { RequestContext } from './context';
import { loadAll } from './loaded';

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
  async addOfficialAlias(@Args() { officialId, alias }: AddAliasArgs, @Ctx() { graph, loaders }: RequestContext): Promise<OfficialRow> {
    if (alias.trim().length === 0) throw BadUserInputError.field('alias', 'must not be blank');
    if (!(await addOfficialAlias(graph, officialId, alias.trim()))) throw new NotFoundError('Official', officialId);
    return (await loadAll(loaders.official, [officialId]))[0];
  }

  @Authorized(Role.EDITOR)
  @Mutation(() => Official, {
    description:
      'Merges a duplicate into the official that stays. Audited (auditLog) and reversible (undo). The same merge asked again ' +
      'changes nothing; officials of different countries are refused unless allowDifferentCountries with a reason.',
  })
  async mergeOfficials(@Args() args: MergeOfficialsArgs, @Ctx() { graph, loaders, caller, feed }: RequestContext): Promise<OfficialRow> {
    const { keep, remove } = args;
    const problems = [
      ...(keep === remove ? [{ field: 'remove', message: 'must differ from keep' }] : []),
      ...(args.allowDifferentCountries && !args.reason ? [{ field: 'reason', message: 'is required with allowDifferentCountries' }] : []),
    ];
    if (problems.length > 0) throw new BadUserInputError(problems.map((p) => `${p.field}: ${p.message}`).join('; '), problems);
    // The events whose participant changes: the removed official's, read before they move.
    const moved = (await loaders.participationsOfOfficial.load(remove)).map((p) => p.consultationId).filter((id): id is string => id !== null);
    const merged = await mergeOfficials(graph, {
      keep,
      remove,
      allowDifferentCountries: args.allowDifferentCountries,
      reason: args.reason ?? null,
      actor: caller.keyId ?? null,
    });
    if (!merged) throw new NotFoundError('Official', `${keep} or ${remove}`);
    // Asked again (or twice at once): the merge was made once, nothing changed now.
    if (merged.alreadyMerged) return (await loadAll(loaders.official, [keep]))[0];
    const changed = await loadAll(loaders.consultation, [...new Set(moved)]);
    feed.publish(changed.map((c) => ({ consultationId: c.id, countryCodes: c.countryCodes, change: 'UPDATED' as const })));
    return (await loadAll(loaders.official, [keep]))[0];
  }
}
