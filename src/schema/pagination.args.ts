import { IsOptional, Max, MaxLength, Min } from 'class-validator';
import { ArgsType, Field, Int } from 'type-graphql';
import { DEFAULT_NESTED_PAGE } from '../domain/offset-cursor';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

/** Relay forward pagination; the cursor is opaque to clients. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: `Page size, 0–${MAX_PAGE_SIZE} (default ${DEFAULT_PAGE_SIZE}).` })
  @IsOptional()
  @Min(0)
  @Max(MAX_PAGE_SIZE)
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'endCursor of the previous page.' })
  @IsOptional()
  @MaxLength(100)
  after?: string | null;
}

/**
 * A page of a list inside an answer (an official's counterparts and participations, a series'
 * rounds): the list keeps its name and type, `first` bounds it (DEFAULT_NESTED_PAGE when omitted,
 * so no answer grows with a node's degree) and `after` takes the offset cursors of the connections.
 * The default is declared in the schema, so the cost of a query (src/server/cost-estimator.ts)
 * counts what the field can return, not the root lists' smaller default.
 */
@ArgsType()
export class ListPageArgs {
  @Field(() => Int, { nullable: true, defaultValue: DEFAULT_NESTED_PAGE, description: `How many, 0–${MAX_PAGE_SIZE} (default ${DEFAULT_NESTED_PAGE}).` })
  @IsOptional()
  @Min(0)
  @Max(MAX_PAGE_SIZE)
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Start after this cursor (an endCursor of this API, counted in this list).' })
  @IsOptional()
  @MaxLength(100)
  after?: string | null;
}
