import { Ctx, Query, Resolver } from 'type-graphql';
import { ApiHealth } from '../schema';
import { RequestContext } from './context';

@Resolver(() => ApiHealth)
export class HealthResolver {
  @Query(() => ApiHealth, { description: 'The health of the API and its database.' })
  async health(@Ctx() { graph }: RequestContext): Promise<ApiHealth> {
    const answer = await graph.ping();
    return { live: true, databaseReachable: answer.ok, databaseVersion: answer.ok ? answer.version : null };
  }
}
