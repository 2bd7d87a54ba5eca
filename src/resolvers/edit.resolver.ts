import { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Authorized, Ctx, ID, Info, Mutation, Query, Resolver } from 'type-graphql';
import { Role } from '../auth/api-keys';
import { BadUserInputError } from '../errors';
import { AuditEntryRow, auditEntry, auditPage, deleteConsultation, mergeConsultations, retractionProblems, retractStatement, undoEdit } from '../graph';
import { AuditEntry, AuditEntryConnection, Consultation, DeleteConsultationArgs, MergeConsultationsArgs, PageArgs, RetractStatementArgs } from '../schema';
import { RequestContext } from './context';
import { connection, pageOf } from './cursor';
import { countryCodesOf, readBack } from './read-back';
import { Row } from './translated';

/** Editors' corrections of what was recorded: each audited (auditLog) and reversible (undo). */
@Resolver(() => AuditEntry)
export class EditResolver {
  @Authorized()
  @Query(() => AuditEntryConnection, { description: 'Every merge, deletion and retraction, newest first (any valid key).' })
  async auditLog(@Args() args: PageArgs, @Ctx() { graph }: RequestContext): Promise<AuditEntryConnection> {
    const { skip, limit } = pageOf(args);
    const { total, page } = await auditPage(graph, { skip, limit });
    return connection(page, skip, total, (node, cursor) => ({ cursor, node }));
  }

  @Authorized(Role.EDITOR)
  @Mutation(() => AuditEntry, {
    description:
      'Restores the graph exactly as it was before the audited edit (an export before the edit equals one after the undo) and marks the ' +
      'entry undone. Refused, nothing written: NOT_FOUND for an unknown entry, BAD_USER_INPUT for one already undone, CONFLICT when what ' +
      'the edit changed was changed again since (undo the later edit first). On the live feed (consultationRecorded): an event the ' +
      'edit had deleted as CREATED again, every other event it changed as UPDATED.',
  })
  async undo(@Arg('auditId', () => ID) auditId: string, @Ctx() { graph, caller, feed }: RequestContext): Promise<AuditEntryRow> {
    const { entry, events } = await undoEdit(graph, auditId, caller.keyId ?? null);
    // A subscriber that saw the edit (a DELETED change, or the event as it became) must see it reverted.
    feed.publish(events.map((e) => ({ consultationId: e.consultationId, countryCodes: e.countryCodes, change: e.restored ? 'CREATED' : 'UPDATED' })));
    return entry;
  }

  @Authorized(Role.EDITOR)
  @Mutation(() => Consultation, {
    description:
      'One meeting recorded as two events of one series: every source statement, participant, ministry, topic and side meeting of ' +
      '`remove` moves to `keep` (a source supporting both keeps its statements on keep, filling only its silences), `remove` is deleted, ' +
      'the shown values are derived again from all statements and the series renumbered. Audited and reversible (undo). On the live feed: ' +
      '`keep` as changed (consultationRecorded), `remove` as DELETED (consultationDeleted).',
  })
  async mergeConsultations(
    @Args() { keep, remove, reason }: MergeConsultationsArgs,
    @Ctx() { graph, caller, feed }: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Row> {
    if (keep === remove) throw BadUserInputError.field('remove', 'must differ from keep');
    const auditId = await mergeConsultations(graph, keep, remove, { actor: caller.keyId ?? null, reason });
    const countryCodes = await countryCodesOf(graph, keep);
    // One series: the removed event had the kept one's countries.
    feed.publish([
      { consultationId: keep, countryCodes, change: 'UPDATED' },
      { consultationId: remove, countryCodes, change: 'DELETED', auditId, mergedInto: keep },
    ]);
    return readBack(graph, 'Consultation', keep, info);
  }

  @Authorized(Role.EDITOR)
  @Mutation(() => AuditEntry, {
    description:
      'Deletes an event with its participations and side meetings (officials, sources and ministries stay) and renumbers its series. ' +
      'Audited; undo(auditId) with the returned entry restores it. Announced on the live feed as a DELETED change (consultationDeleted).',
  })
  async deleteConsultation(@Args() { id, reason }: DeleteConsultationArgs, @Ctx() { graph, caller, feed }: RequestContext): Promise<AuditEntryRow> {
    // Read before: the event's countries are gone with it (a series' countries never change).
    const countryCodes = await countryCodesOf(graph, id);
    const auditId = await deleteConsultation(graph, id, { actor: caller.keyId ?? null, reason });
    feed.publish([{ consultationId: id, countryCodes, change: 'DELETED', auditId }]);
    return (await auditEntry(graph, auditId))!;
  }

  @Authorized(Role.EDITOR)
  @Mutation(() => Consultation, {
    description:
      "Withdraws one source's statement of one fact: the source becomes silent on it (other sources' statements stay), the shown values are " +
      'derived again by the claim rule and the series renumbered. Event facts: ROUND, DATE, CITY, FORMAT, STATUS (no officialId); a ' +
      "participant's TITLE or RANK: with officialId. A fact the source does not state is BAD_USER_INPUT. Audited and reversible (undo).",
  })
  async retractStatement(@Args() args: RetractStatementArgs, @Ctx() { graph, caller, feed }: RequestContext, @Info() info: GraphQLResolveInfo): Promise<Row> {
    const request = { ...args, officialId: args.officialId ?? null, actor: caller.keyId ?? null };
    const problems = retractionProblems(request);
    if (problems.length > 0) throw new BadUserInputError(problems.map((p) => `${p.field}: ${p.message}`).join('; '), problems);
    await retractStatement(graph, request);
    feed.publish([{ consultationId: args.consultationId, countryCodes: await countryCodesOf(graph, args.consultationId), change: 'UPDATED' }]);
    return readBack(graph, 'Consultation', args.consultationId, info);
  }
}
