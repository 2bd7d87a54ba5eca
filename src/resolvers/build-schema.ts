import 'reflect-metadata';
import { GraphQLSchema } from 'graphql';
import { buildSchema, PubSub } from 'type-graphql';
import { ConsultationResolver } from './consultation.resolver';
import { CounterpartResolver } from './counterpart.resolver';
import { CountryResolver } from './country.resolver';
import { HealthResolver } from './health.resolver';
import { OfficialResolver } from './official.resolver';
import { ParticipationResolver, ParticipationStatementResolver } from './participation.resolver';
import { PartnerResolver } from './partner.resolver';
import { SeriesResolver } from './series.resolver';
import { OrganisationResolver, SideMeetingResolver } from './side-meeting.resolver';
import { CitationResolver, RoundStatementResolver, SourceResolver } from './source.resolver';
import { FeedResolver } from './feed.resolver';
import { authChecker } from '../auth/auth-checker';
import { ConsultationMutationResolver } from './consultation-mutation.resolver';
import { OfficialMutationResolver } from './official-mutation.resolver';
import { EditResolver } from './edit.resolver';
import { ExtractionResolver } from './extraction.resolver';
import { textArguments } from './text-arguments.middleware';
import '../schema/enums';

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
  EditResolver,
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

/**
 * The executable schema; `validate: true` runs class-validator on every argument and input type,
 * after textArguments has normalised every string (NFC, names cleaned) and refused broken ones.
 */
export function buildApiSchema(): Promise<GraphQLSchema> {
  return buildSchema({ resolvers: [...RESOLVERS], validate: true, authChecker, authMode: 'error', pubSub: NO_TOPICS, globalMiddlewares: [textArguments] });
}
