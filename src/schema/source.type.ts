import { Field, ID, ObjectType } from 'type-graphql';
import { PartialDateScalar } from './date.scalar';
// A cycle of thunks only: each class is read when the schema is built, after both modules loaded.
import { Consultation } from './consultation.type';

@ObjectType({ description: 'A report that facts in the graph come from.' })
export class Source {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true, description: 'Who published it; null when the report does not say.' })
  publisher!: string | null;

  @Field(() => String, { nullable: true, description: 'Whom the publisher cites (e.g. a foreign ministry).' })
  citing!: string | null;

  @Field({ description: 'BCP 47 language tag of the report, e.g. "de", "az", "ar".' })
  language!: string;

  @Field(() => PartialDateScalar, { nullable: true })
  publishedAt!: string | null;

  @Field({ description: 'A short English description of the report (not its headline).' })
  title!: string;

  @Field(() => String, { nullable: true })
  url!: string | null;

  @Field(() => [String], { description: 'What a reader must know: garbled figures, a dateline that is not the venue, …' })
  caveats!: string[];

  @Field(() => String, { nullable: true, description: "The report's text, when the user who recorded it supplied it." })
  sourceText!: string | null;

  @Field(() => [Consultation], { description: 'The consultations this source supports, newest first.' })
  consultations!: Consultation[];
}

@ObjectType({ description: 'A source backing a consultation, and which of its facts.' })
export class Citation {
  @Field(() => Source)
  source!: Source;

  @Field(() => [String], { description: 'Facts this source supports: "date", "city", "round", "participants", …' })
  facts!: string[];

  @Field(() => String, { nullable: true, description: 'The date as this source states it (YYYY, YYYY-MM or YYYY-MM-DD); null when it is silent.' })
  date!: string | null;

  @Field(() => String, { nullable: true, description: 'The city as this source states it.' })
  city!: string | null;

  @Field(() => String, { nullable: true, description: 'The format (IN_PERSON, VIDEO_CONFERENCE, PHONE) as this source states it.' })
  format!: string | null;

  @Field(() => String, { nullable: true, description: 'HELD or PLANNED as this source states it.' })
  status!: string | null;
}
