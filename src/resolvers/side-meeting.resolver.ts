import { FieldResolver, Resolver, Root } from 'type-graphql';
import { ParticipationRow, SideMeetingRow } from '../graph';
import { Organisation, SideMeeting, Country, Participation } from '../schema';

type OrganisationRow = NonNullable<SideMeetingRow['organisation']>;

@Resolver(() => SideMeeting)
export class SideMeetingResolver {
  @FieldResolver(() => Country, { nullable: true })
  country(@Root() m: SideMeetingRow): Country | null {
    return m.countryCode ? { code: m.countryCode } : null;
  }

  @FieldResolver(() => [Participation])
  participants(@Root() m: SideMeetingRow): ParticipationRow[] {
    return m.participations;
  }
}

@Resolver(() => Organisation)
export class OrganisationResolver {
  @FieldResolver(() => Country, { nullable: true })
  country(@Root() o: OrganisationRow): Country | null {
    return o.countryCode ? { code: o.countryCode } : null;
  }
}
