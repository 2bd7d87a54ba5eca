import { Field, ObjectType } from 'type-graphql';
import { ConsultationEdge, PageInfo } from './connection.type';
import { Counterpart } from './official.type';
import { Participation } from './participation.type';

/*
 * Connections of the paged lists inside an answer (an official's counterparts and participations,
 * a series' rounds): the same page as the plain list beside them, with the cursors a client needs
 * to ask for the next one. No totalCount: counting every item would read the whole degree the
 * page exists to bound.
 */

@ObjectType()
export class CounterpartEdge {
  @Field()
  cursor!: string;

  @Field(() => Counterpart)
  node!: Counterpart;
}

@ObjectType({ description: 'A page of counterparts, alphabetical; follow pageInfo.endCursor with `after` for the next.' })
export class CounterpartConnection {
  @Field(() => [CounterpartEdge])
  edges!: CounterpartEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}

@ObjectType()
export class ParticipationEdge {
  @Field()
  cursor!: string;

  @Field(() => Participation)
  node!: Participation;
}

@ObjectType({ description: "A page of an official's participations, newest first; follow pageInfo.endCursor with `after` for the next." })
export class ParticipationConnection {
  @Field(() => [ParticipationEdge])
  edges!: ParticipationEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}

@ObjectType({ description: "A page of a series' rounds in date order, undated last; follow pageInfo.endCursor with `after` for the next." })
export class RoundConnection {
  @Field(() => [ConsultationEdge])
  edges!: ConsultationEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}
