import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { Neo4jSetupError } from './errors';
import { ensureNeo4jJars } from './jars';
import { requireJava } from './tooling';

/** Where the embedded Neo4j (home = its data dir) keeps the default database's store. */
export function databaseStoreDir(dataDir: string): string {
  return path.join(dataDir, 'data', 'databases', 'neo4j');
}

/**
 * Runs `neo4j-admin database import full` (Neo4j's offline bulk importer, from the same jars as
 * the embedded server) into the embedded data dir, which must hold no database yet and must not
 * be in use. Its report goes to `log`, line by line.
 */
export async function adminImport(options: {
  root: string;
  dataDir: string;
  args: string[];
  heap?: string;
  log?: (line: string) => void;
}): Promise<void> {
  requireJava();
  if (fs.existsSync(databaseStoreDir(options.dataDir))) {
    throw new Neo4jSetupError(`${options.dataDir} already holds a database; an initial load needs an empty data directory.`);
  }
  const { libDir } = await ensureNeo4jJars(options.root, { log: options.log });
  const conf = path.join(options.dataDir, 'conf');
  fs.mkdirSync(conf, { recursive: true });
  const args = [
    `-Xmx${options.heap ?? '2g'}`,
    '--add-opens=java.base/java.nio=ALL-UNNAMED',
    '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
    '--add-opens=java.base/java.lang=ALL-UNNAMED',
    '-cp',
    `${libDir}/*`,
    'org.neo4j.cli.AdminTool',
    'database',
    'import',
    'full',
    ...options.args,
    'neo4j',
  ];
  const child = spawn('java', args, {
    env: { ...process.env, NEO4J_HOME: options.dataDir, NEO4J_CONF: conf },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let tail = '';
  const onData = (chunk: Buffer) => {
    const text = chunk.toString('utf8');
    tail = (tail + text).slice(-4000);
    for (const line of text.split('\n')) if (/^(IMPORT|Imported|  \d|Peak|[A-Z][a-z]+ .*COMPLETED)/.test(line)) options.log?.(line);
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', (error) => reject(new Neo4jSetupError(`Could not run neo4j-admin: ${error.message}`)));
    child.once('exit', resolve);
  });
  if (code !== 0) {
    // A failed import leaves no half-written database behind: the next attempt starts clean.
    fs.rmSync(databaseStoreDir(options.dataDir), { recursive: true, force: true });
    fs.rmSync(path.join(options.dataDir, 'data', 'transactions', 'neo4j'), { recursive: true, force: true });
    throw new Neo4jSetupError(`neo4j-admin database import failed (exit ${code}):\n${tail}`);
  }
}
