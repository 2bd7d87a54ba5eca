import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { ConsultationRow, CounterpartRow, OfficialRow } from '../graph';
import { Consultation, Counterpart, Official } from '../schema';
import { RequestContext } from './context';
import { loadAll } from './loaded';

@Resolver(() => Counterpart)
export class CounterpartResolver {
  @FieldResolver(() => Official)
  async official(@Root() counterpart: CounterpartRow, @Ctx() { loaders }: RequestContext): Promise<OfficialRow> {
    return (await loadAll(loaders.official, [counterpart.officialId]))[0];
  }

  @FieldResolver(() => [Consultation])
  consultations(@Root() counterpart: CounterpartRow, @Ctx() { loaders }: RequestContext): Promise<ConsultationRow[]> {
    return loadAll(loaders.consultation, counterpart.consultationIds);
  }
}
