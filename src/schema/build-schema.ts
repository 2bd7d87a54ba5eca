import 'reflect-metadata';
import { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { HealthResolver } from '../resolvers/health.resolver';

export const RESOLVERS = [HealthResolver] as const;

/** The executable schema; `validate: true` runs class-validator on every input type. */
export function buildApiSchema(): Promise<GraphQLSchema> {
  return buildSchema({ resolvers: [...RESOLVERS], validate: true });
}
