import { Field, ID, Int, ObjectType } from 'type-graphql';
import { AuditAction } from '../domain/enums';
import { PageInfo } from './connection.type';

@ObjectType({ description: 'One audited edit (a merge, a deletion, a retraction), with what its undo needs kept on the server.' })
export class AuditEntry {
  @Field(() => ID)
  id!: string;

  @Field(() => AuditAction)
  action!: AuditAction;

  @Field(() => String, { nullable: true, description: 'Who made the edit: the label of the editor key (key:<first 8 hex of its hash>), when known.' })
  actor!: string | null;

  @Field(() => String, { nullable: true, description: "The editor's reason, when given." })
  reason!: string | null;

  @Field({ description: 'When the edit was made (ISO 8601, UTC).' })
  at!: string;

  @Field(() => [ID], { description: 'The ids the edit was asked for, in the order of its arguments (see AuditAction).' })
  targetIds!: string[];

  @Field({ description: 'True once undo(auditId) has restored the graph as it was before this edit.' })
  undone!: boolean;

  @Field(() => String, { nullable: true, description: 'Who undid it (key label), when undone.' })
  undoneBy!: string | null;

  @Field(() => String, { nullable: true, description: 'When it was undone (ISO 8601, UTC).' })
  undoneAt!: string | null;
}

@ObjectType()
export class AuditEntryEdge {
  @Field()
  cursor!: string;

  @Field(() => AuditEntry)
  node!: AuditEntry;
}

@ObjectType({ description: 'Audit entries, newest first.' })
export class AuditEntryConnection {
  @Field(() => [AuditEntryEdge])
  edges!: AuditEntryEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int)
  totalCount!: number;
}
