import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Consultation } from './consultation.type';
import { Official } from './official.type';
import { Source } from './source.type';

@ObjectType({ description: 'Relay page information.' })
export class PageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field()
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true })
  startCursor!: string | null;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

@ObjectType()
export class OfficialEdge {
  @Field()
  cursor!: string;

  @Field(() => Official)
  node!: Official;

  @Field(() => Float, { nullable: true, description: 'How well the name matched (0–1) when searching by name.' })
  matchScore!: number | null;
}

@ObjectType({ description: 'Officials, best name match first when searching by name.' })
export class OfficialConnection {
  @Field(() => [OfficialEdge])
  edges!: OfficialEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int)
  totalCount!: number;
}

@ObjectType()
export class ConsultationEdge {
  @Field()
  cursor!: string;

  @Field(() => Consultation)
  node!: Consultation;
}

@ObjectType({ description: 'Consultations, newest first (undated last).' })
export class ConsultationConnection {
  @Field(() => [ConsultationEdge])
  edges!: ConsultationEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int)
  totalCount!: number;
}

@ObjectType()
export class SourceEdge {
  @Field()
  cursor!: string;

  @Field(() => Source)
  node!: Source;

  @Field(() => Float, { description: 'Full-text relevance (Lucene score; comparable within one answer only).' })
  score!: number;
}

@ObjectType({ description: 'Sources matching a search, most relevant first.' })
export class SourceConnection {
  @Field(() => [SourceEdge])
  edges!: SourceEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int, { description: 'Matching sources, counted up to 1000.' })
  totalCount!: number;
}
