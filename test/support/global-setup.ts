import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import 'reflect-metadata';
import { projectRoot } from '../../src/config/config';
import { EmbeddedNeo4j, freePort } from '../../src/graph/neo4j-process';
import { compileProject } from './cli';

/**
 * Starts a throwaway Neo4j on a free port with a temporary data folder, unless NEO4J_URI points
 * at one already. Test files see it through NEO4J_URI (workers inherit this process's env).
 */
export default async function globalSetup(): Promise<void> {
  // dist/ once for the whole run: the API's extraction worker threads run compiled code
  // (src/extraction/extraction-pool.ts), and the CLI tests run the compiled tools.
  compileProject();
  if (process.env.NEO4J_URI) return;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'consultations-test-neo4j-'));
  const neo4j = await EmbeddedNeo4j.start({
    root: projectRoot(),
    dataDir,
    port: await freePort(),
    heap: '1g',
    pageCache: '256m',
    startupTimeoutMs: 180_000,
    log: (line) => process.stdout.write(`[test neo4j] ${line}\n`),
  });
  process.env.NEO4J_URI = neo4j.uri;
  process.env.NEO4J_PASSWORD = '';
  Object.assign(globalThis, { __TEST_NEO4J__: { neo4j, dataDir } });
}
