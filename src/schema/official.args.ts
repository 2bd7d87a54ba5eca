import { IsOptional, Length, Max, Min } from 'class-validator';
import { ArgsType, Field, ID, Int } from 'type-graphql';
import { Rank } from './enums';
import { ListPageArgs, PageArgs } from './pagination.args';

@ArgsType()
export class OfficialsArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'A name in any script or spelling: "Koreman", "J. Koreman", "خلف خلفوف".' })
  @IsOptional()
  @Length(1, 200)
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'Country: ISO code or name in any language.' })
  @IsOptional()
  @Length(1, 100)
  country?: string | null;

  @Field(() => Rank, { nullable: true, description: 'Held this rank in at least one event.' })
  rank?: Rank | null;
}

@ArgsType()
export class CounterpartsArgs extends ListPageArgs {
  @Field(() => Rank, { nullable: true, description: 'The rank the counterpart held at the meeting.' })
  rank?: Rank | null;

  @Field(() => String, { nullable: true, description: "The counterpart's country: code or name." })
  @IsOptional()
  @Length(1, 100)
  country?: string | null;
}

@ArgsType()
export class MeetingPathArgs {
  @Field(() => ID)
  @Length(1, 120)
  from!: string;

  @Field(() => ID)
  @Length(1, 120)
  to!: string;

  @Field(() => Int, { defaultValue: 6, description: 'Longest chain to look for, 1–10 meetings.' })
  @Min(1)
  @Max(10)
  maxHops!: number;
}

@ArgsType()
export class MeetingRouteArgs {
  @Field({ description: 'An official id, or a name in any script or spelling ("Koreman", "خلف خلفوف").' })
  @Length(1, 200)
  from!: string;

  @Field({ description: 'An official id, or a name in any script or spelling.' })
  @Length(1, 200)
  to!: string;

  @Field(() => Int, { nullable: true, defaultValue: 6, description: 'Longest route to look for, 1–10 meetings: the search never goes further.' })
  @IsOptional()
  @Min(1)
  @Max(10)
  maxHops?: number | null;
}
