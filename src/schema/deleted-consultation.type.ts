import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType({
  description:
    'An event that a committed edit removed from the graph (DELETED): by deleteConsultation, or as the `remove` of mergeConsultations ' +
    '(then `mergedInto` names the event that holds its statements now). undo(auditId) restores it.',
})
export class DeletedConsultation {
  @Field(() => ID, { description: 'The id the event had.' })
  id!: string;

  @Field(() => [String], { description: "ISO codes of the event's countries, sorted." })
  countryCodes!: string[];

  @Field(() => ID, { nullable: true, description: 'The audit entry of the edit; its undo brings the event back.' })
  auditId!: string | null;

  @Field(() => ID, { nullable: true, description: 'mergeConsultations: the kept event; null for deleteConsultation.' })
  mergedInto!: string | null;
}
