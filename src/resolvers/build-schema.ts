import 'reflect-metadata';
import { GraphQLFieldResolver, GraphQLSchema, isObjectType } from 'graphql';
import { buildSchema, PubSub } from 'type-graphql';
import { ConsultationResolver } from './consultation.resolver';
import { CountryResolver } from './country.resolver';
import { HealthResolver } from './health.resolver';
import { OfficialResolver } from './official.resolver';
import { SeriesResolver } from './series.resolver';
import { SourceResolver } from './source.resolver';
import { FeedResolver } from './feed.resolver';
import { authChecker } from '../auth/auth-checker';
import { ConsultationMutationResolver } from './consultation-mutation.resolver';
import { OfficialMutationResolver } from './official-mutation.resolver';
import { EditResolver } from './edit.resolver';
import { ExtractionResolver } from './extraction.resolver';
import { textArguments } from './text-arguments.middleware';
import '../schema/enums';
import { TRANSLATED_TYPES } from '../graph';
import { fieldOf } from './translated';

export const RESOLVERS = [
  HealthResolver,
  OfficialResolver,
  CountryResolver,
  ConsultationResolver,
  SeriesResolver,
  SourceResolver,
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
export async function buildApiSchema(): Promise<GraphQLSchema> {
  const schema = await buildSchema({ resolvers: [...RESOLVERS], validate: true, authChecker, authMode: 'error', pubSub: NO_TOPICS, globalMiddlewares: [textArguments] });
  return readingTranslatedRows(schema);
}

const byResponseKey: GraphQLFieldResolver<unknown, unknown> = (parent, _args, _context, info) => fieldOf(parent, info);

/**
 * Every field without arguments of a type the translate stage reads is answered from the
 * translated row, under its response key (type-graphql's own field resolver reads the field
 * name, which an alias does not match). Fields with arguments keep their resolvers, which read
 * the same row once type-graphql has validated the arguments.
 */
function readingTranslatedRows(schema: GraphQLSchema): GraphQLSchema {
  for (const typeName of Object.keys(TRANSLATED_TYPES)) {
    const type = schema.getType(typeName);
    if (!isObjectType(type)) throw new Error(`translated type ${typeName} is not in the schema`);
    for (const field of Object.values(type.getFields())) if (field.args.length === 0) field.resolve = byResponseKey;
  }
  return schema;
}
