import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { projectRoot } from '../../src/config/config';
import { freePort } from '../../src/graph/neo4j-process';
import { CliRun, compileProject, startProcess } from '../support/cli';

/**
 * The service as `npm start` runs it, with its own embedded Neo4j: killed with SIGKILL, Neo4j is
 * restarted by the service (logged, data kept, /health/live true throughout); when it cannot come
 * back, the service says why, /health/live turns 503 and the process exits non-zero.
 */
const root = projectRoot();
let dataDir: string;
let api: CliRun;
let base: string;
let neo4jPort: number;

const lines = () =>
  api
    .output()
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as Record<string, any>);

async function until<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, timeoutMs = 240_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}:\n${api.output().slice(-4000)}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

const neo4jPid = () => {
  const up = [...lines()].reverse().find((l) => /Embedded Neo4j is up at|embedded Neo4j restarted/.test(l.msg));
  return up ? Number(up.neo4jPid ?? /pid (\d+)/.exec(up.msg)?.[1]) : undefined;
};

const status = async (route: string) => {
  const response = await fetch(`${base}${route}`).catch(() => null);
  return response ? { status: response.status, body: (await response.json()) as Record<string, any> } : { status: 0, body: {} };
};

beforeAll(async () => {
  compileProject();
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'consultations-supervisor-'));
  neo4jPort = await freePort();
  api = startProcess(path.join(root, 'dist', 'src', 'main.js'), [], {
    PATH: process.env.PATH ?? '',
    HOME: os.homedir(),
    PORT: '0',
    NODE_ENV: 'production',
    LOG_LEVEL: 'info',
    NEO4J_EMBEDDED_PORT: String(neo4jPort),
    NEO4J_EMBEDDED_DATA_DIR: dataDir,
    NEO4J_EMBEDDED_HEAP: '512m',
    NEO4J_EMBEDDED_PAGECACHE: '64m',
    NEO4J_EMBEDDED_MAX_RESTARTS: '2',
    NEO4J_CONNECT_TIMEOUT_MS: '1000',
  });
  await until('READY', () => (/READY:/.test(api.output()) ? true : undefined));
  base = (/GraphQL API and IDE at (http:\/\/\S+?)\/graphql/.exec(api.output()) as RegExpExecArray)[1];
});

afterAll(async () => {
  if (api.child.exitCode === null) {
    api.child.kill('SIGTERM');
    await api.exit;
  }
  fs.rmSync(dataDir, { recursive: true, force: true });
});

it('restarts a Neo4j killed with SIGKILL, logging the exit, and serves the same data again', async () => {
  const before = await status('/health/ready');
  expect(before.status).toBe(200);
  const firstPid = neo4jPid()!;
  expect(firstPid).toBeGreaterThan(0);
  expect(firstPid).not.toBe(api.child.pid);
  process.kill(firstPid, 'SIGKILL');

  const exitLine = await until('the exit logged', () => lines().find((l) => l.msg === 'embedded Neo4j exited unexpectedly'));
  expect(exitLine).toMatchObject({ level: 'error', signal: 'SIGKILL', neo4jPid: firstPid });
  expect((await status('/health/live')).status).toBe(200); // restarting: still able to serve once back
  await until('the restart', () => lines().find((l) => l.msg === 'embedded Neo4j restarted'));
  const ready = await until('ready again', async () => ((await status('/health/ready')).status === 200 ? true : undefined), 60_000);
  expect(ready).toBe(true);
  expect(neo4jPid()).not.toBe(firstPid);
  const answer = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ officials(name: "Chalafov") { edges { node { id } } } }' }) });
  expect(((await answer.json()) as any).data.officials.edges[0].node.id).toBe('az-khalaf-khalafov');
  expect(api.child.exitCode).toBeNull();
});

it('gives up after the bounded restarts, says why, turns /health/live to 503 and exits non-zero', async () => {
  const pid = neo4jPid()!;
  // Something else takes Neo4j's port as it dies: every restart fails.
  process.kill(pid, 'SIGKILL');
  await until('the port free', async () => ((await canListen(neo4jPort)) ? true : undefined), 30_000);
  const squatter = net.createServer().listen(neo4jPort, '127.0.0.1');
  try {
    const live: number[] = [];
    const probe = setInterval(() => void status('/health/live').then((s) => live.push(s.status)), 200);
    const code = await api.exit;
    clearInterval(probe);
    expect(code).toBe(1);
    const log = lines();
    // The first restart above counts too: it was not up long enough (60 s) to reset the count of a crash loop.
    expect(log.filter((l) => l.msg === 'embedded Neo4j restart failed').length).toBeGreaterThanOrEqual(1);
    expect(log.find((l) => l.msg === 'giving up on the embedded Neo4j')).toMatchObject({ level: 'error' });
    expect(api.output()).toMatch(/Exiting: Neo4j exited and \d+ restarts in a row failed/);
    expect(live).toContain(503);
  } finally {
    squatter.close();
  }
});

function canListen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}
