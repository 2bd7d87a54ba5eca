import 'reflect-metadata';
import { GraphQLSchema } from 'graphql';
import { buildSchema, PubSub } from 'type-graphql';
import { ConsultationResolver } from '../resolvers/consultation.resolver';
import { CounterpartResolver } from '../resolvers/counterpart.resolver';
import { CountryResolver } from '../resolvers/country.resolver';
import { HealthResolver } from '../resolvers/health.resolver';
import { OfficialResolver } from '../resolvers/official.resolver';
import { ParticipationResolver, ParticipationStatementResolver } from '../resolvers/participation.resolver';
import { PartnerResolver } from '../resolvers/partner.resolver';
import { SeriesResolver } from '../resolvers/series.resolver';
import { OrganisationResolver, SideMeetingResolver } from '../resolvers/side-meeting.resolver';
import { CitationResolver, RoundStatementResolver, SourceResolver } from '../resolvers/source.resolver';
import { FeedResolver } from '../resolvers/feed.resolver';
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
  SourceResolver,
  SideMeetingResolver,
  OrganisationResolver,
  ConsultationMutationResolver,
  OfficialMutationResolver,
  ExtractionResolver,
  FeedResolver,
] as const;

/**
 * type-graphql insists on a PubSub once a schema has a subscription, for topic-based ones. Ours
 * bring their own `subscribe` (the live feed in the request context, src/feed), so none is used.
 */
const NO_TOPICS: PubSub = {
  publish: () => {
    throw new Error('Subscriptions read the live feed (src/feed); nothing publishes to type-graphql topics.');
  },
  subscribe: () => {
    throw new Error('Subscriptions read the live feed (src/feed); there are no type-graphql topics.');
  },
};

/** The executable schema; `validate: true` runs class-validator on every argument and input type. */
export function buildApiSchema(): Promise<GraphQLSchema> {
  return buildSchema({ resolvers: [...RESOLVERS], validate: true, authChecker, authMode: 'error', pubSub: NO_TOPICS });
}
