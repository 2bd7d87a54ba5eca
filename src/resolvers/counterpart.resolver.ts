import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { ConsultationRow, CounterpartRow, OfficialRow } from '../graph/rows';
import { Consultation } from '../schema/consultation.type';
import { Counterpart, Official } from '../schema/official.type';
import { RequestContext } from '../server/context';
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
