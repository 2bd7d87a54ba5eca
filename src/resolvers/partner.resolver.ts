import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { ConsultationRow, PartnerRow } from '../graph';
import { Consultation, Country, Partner } from '../schema';
import { RequestContext } from './context';
import { loadAll } from './loaded';

@Resolver(() => Partner)
export class PartnerResolver {
  @FieldResolver(() => Country)
  country(@Root() partner: PartnerRow): Country {
    return { code: partner.countryCode };
  }

  @FieldResolver(() => [Consultation])
  consultations(@Root() partner: PartnerRow, @Ctx() { loaders }: RequestContext): Promise<ConsultationRow[]> {
    return loadAll(loaders.consultation, partner.consultationIds);
  }
}
