import http from 'node:http';
import neo4j from 'neo4j-driver';
import { QUESTIONS } from './questions';

/**
 * The floor of the benchmark: each question as its one hand-written Cypher query through
 * neo4j-driver, behind the thinnest HTTP server, so it is measured with the same load tool and
 * the same HTTP cost as the API. POST /<question key> with the query's parameters as JSON.
 */
const driver = neo4j.driver(process.env.NEO4J_URI ?? 'bolt://127.0.0.1:7687', { scheme: 'none', principal: '', credentials: '' }, {
  disableLosslessIntegers: true,
  maxConnectionPoolSize: 100,
});
const byKey = new Map(QUESTIONS.map((q) => [q.key, q]));

const server = http.createServer((req, res) => {
  const question = byKey.get((req.url ?? '').slice(1) as never);
  let body = '';
  req.on('data', (chunk: Buffer) => (body += chunk.toString()));
  req.on('end', async () => {
    if (!question) {
      res.writeHead(404).end();
      return;
    }
    const session = driver.session({ defaultAccessMode: neo4j.session.READ });
    try {
      const result = await session.executeRead((tx) => tx.run(question.cypher, JSON.parse(body)));
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ data: result.records.map((r) => r.toObject()) }));
    } catch (error) {
      res.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ error: String(error) }));
    } finally {
      await session.close();
    }
  });
});

server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  const address = server.address();
  process.stdout.write(`RAW_READY ${typeof address === 'object' && address ? address.port : ''}\n`);
});
process.on('SIGTERM', () => server.close(() => void driver.close().then(() => process.exit(0))));
