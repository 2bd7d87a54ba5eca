import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'Whether the API and its graph database answer right now.' })
export class ApiHealth {
  @Field({ description: 'Always true when this answer arrives: the API process is up.' })
  live: boolean;

  @Field({ description: 'Neo4j answered a query within two seconds.' })
  databaseReachable: boolean;

  @Field(() => String, { nullable: true, description: 'The Neo4j server agent, e.g. "Neo4j/5.26.19".' })
  databaseVersion: string | null;
}
