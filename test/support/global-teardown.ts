import fs from 'node:fs';
import { EmbeddedNeo4j } from '../../src/graph/neo4j-process';

export default async function globalTeardown(): Promise<void> {
  const started = (globalThis as { __TEST_NEO4J__?: { neo4j: EmbeddedNeo4j; dataDir: string } }).__TEST_NEO4J__;
  if (!started) return;
  await started.neo4j.stop();
  fs.rmSync(started.dataDir, { recursive: true, force: true });
}
