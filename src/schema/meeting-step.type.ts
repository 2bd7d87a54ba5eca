import { Field, ObjectType } from 'type-graphql';
import { Consultation } from './consultation.type';
import { Official } from './official.type';

@ObjectType({ description: 'One step of a meeting route: two officials who sat in the same consultation, and every such consultation.' })
export class MeetingStep {
  @Field(() => Official)
  from!: Official;

  @Field(() => Official)
  to!: Official;

  @Field(() => [Consultation], { description: 'The consultations where both took part, newest first.' })
  consultations!: Consultation[];
}
