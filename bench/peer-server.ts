import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { Neo4jGraphQL } from '@neo4j/graphql';
import express from 'express';
import neo4j from 'neo4j-driver';

/**
 * The peer of the benchmark: the Neo4j GraphQL Library (@neo4j/graphql 7) generating Cypher from
 * type definitions of the same graph. Only what the questions need is declared; relationships are
 * lists, as version 7 requires.
 */
const typeDefs = /* GraphQL */ `
  type Official @node {
    id: ID!
    name: String!
    countryCode: String
    participations: [Participation!]! @relationship(type: "OF", direction: IN)
  }
  type Participation @node {
    id: ID!
    rank: String
    country: String
    official: [Official!]! @relationship(type: "OF", direction: OUT)
    consultation: [Consultation!]! @relationship(type: "IN", direction: OUT)
  }
  type Consultation @node {
    id: ID!
    date: String
    sortDate: String
    roundNumber: Int
    roundOrigin: String
    participations: [Participation!]! @relationship(type: "IN", direction: IN)
    sources: [Source!]! @relationship(type: "SUPPORTED_BY", direction: OUT)
    countries: [Country!]! @relationship(type: "BETWEEN", direction: OUT)
  }
  type Source @node {
    id: ID!
    title: String
  }
  type Series @node {
    id: ID!
    currentRoundNumber: Int
    nextRoundNumber: Int
    consultations: [Consultation!]! @relationship(type: "IN_SERIES", direction: IN)
  }
  type Country @node {
    code: ID!
    name: String
  }
`;

async function main(): Promise<void> {
  const driver = neo4j.driver(process.env.NEO4J_URI ?? 'bolt://127.0.0.1:7687', { scheme: 'none', principal: '', credentials: '' }, { maxConnectionPoolSize: 100 });
  const schema = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();
  const apollo = new ApolloServer({ schema });
  await apollo.start();
  const app = express();
  app.use('/graphql', express.json({ limit: '1mb' }), expressMiddleware(apollo, { context: async () => ({}) }));
  const server = app.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
    const address = server.address();
    process.stdout.write(`PEER_READY ${typeof address === 'object' && address ? address.port : ''}\n`);
  });
  process.on('SIGTERM', () => server.close(() => void apollo.stop().then(() => driver.close()).then(() => process.exit(0))));
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
