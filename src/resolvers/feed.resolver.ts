import { IsOptional, Length } from 'class-validator';
import { GraphQLResolveInfo } from 'graphql';
import { Args, ArgsType, Ctx, Field, Info, Resolver, Root, Subscription } from 'type-graphql';
import { NotFoundError } from '../errors';
import { ConsultationChange, DELETIONS } from '../feed';
import { nodeById, selectionOf } from '../graph';
import { Row, rowOf } from './translated';
import { Consultation, DeletedConsultation } from '../schema';
import { RequestContext } from './context';
import { countryArgument } from './arguments';

@ArgsType()
class ConsultationRecordedArgs {
  @Field(() => String, { nullable: true, description: 'Only events of this country: ISO code or name in any language; every event when omitted.' })
  @IsOptional()
  @Length(1, 100)
  country?: string | null;
}

@Resolver(() => Consultation)
export class FeedResolver {
  @Subscription(() => Consultation, {
    description:
      'Every event a committed write created or changed (recordConsultation, correctRound, an import batch, mergeOfficials, the edits and their undo), ' +
      'as it is after the write. Served over Server-Sent Events at /graphql/stream (graphql-sse protocol, distinct connections).',
    subscribe: ({ args, context }) => (context as RequestContext).feed.subscribe(countryArgument('country', (args as ConsultationRecordedArgs).country)),
  })
  async consultationRecorded(
    @Root() change: ConsultationChange,
    @Args() _args: ConsultationRecordedArgs,
    @Ctx() { graph }: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Row> {
    const recorded = await rowOf(graph, nodeById('Consultation', change.consultationId, selectionOf(info), info.fieldName));
    // Announced, then merged away or deleted before this subscriber read it.
    if (!recorded) throw new NotFoundError('Consultation', change.consultationId);
    return recorded;
  }

  @Subscription(() => DeletedConsultation, {
    description:
      'Every event a committed edit deleted (a DELETED change): deleteConsultation, and the removed event of mergeConsultations. ' +
      'Same stream and country filter as consultationRecorded. undo(auditId) restores the event and announces it on consultationRecorded (CREATED).',
    subscribe: ({ args, context }) =>
      (context as RequestContext).feed.subscribe(countryArgument('country', (args as ConsultationRecordedArgs).country), DELETIONS),
  })
  consultationDeleted(@Root() change: ConsultationChange, @Args() _args: ConsultationRecordedArgs): DeletedConsultation {
    return { id: change.consultationId, countryCodes: [...change.countryCodes].sort(), auditId: change.auditId ?? null, mergedInto: change.mergedInto ?? null };
  }
}
