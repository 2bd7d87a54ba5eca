import 'reflect-metadata';
import { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { ConsultationResolver } from '../resolvers/consultation.resolver';
import { CounterpartResolver } from '../resolvers/counterpart.resolver';
import { CountryResolver } from '../resolvers/country.resolver';
import { HealthResolver } from '../resolvers/health.resolver';
import { OfficialResolver } from '../resolvers/official.resolver';
import { ParticipationResolver, ParticipationStatementResolver } from '../resolvers/participation.resolver';
import { PartnerResolver } from '../resolvers/partner.resolver';
import { SeriesResolver } from '../resolvers/series.resolver';
import { OrganisationResolver, SideMeetingResolver } from '../resolvers/side-meeting.resolver';
import { CitationResolver, RoundStatementResolver } from '../resolvers/source.resolver';
import { authChecker } from '../auth/auth-checker';
import { ConsultationMutationResolver } from '../resolvers/consultation-mutation.resolver';
import { OfficialMutationResolver } from '../resolvers/official-mutation.resolver';
import { ExtractionResolver } from '../resolvers/extraction.resolver';
import './enums';

export const RESOLVERS = [
  HealthResolver,
  OfficialResolver,
  CounterpartResolver,
  CountryResolver,
  PartnerResolver,
  ConsultationResolver,
  SeriesResolver,
  ParticipationResolver,
  ParticipationStatementResolver,
  CitationResolver,
  RoundStatementResolver,
  SideMeetingResolver,
  OrganisationResolver,
  ConsultationMutationResolver,
  OfficialMutationResolver,
  ExtractionResolver,
] as const;

/** The executable schema; `validate: true` runs class-validator on every argument and input type. */
export function buildApiSchema(): Promise<GraphQLSchema> {
  return buildSchema({ resolvers: [...RESOLVERS], validate: true, authChecker, authMode: 'error' });
}
