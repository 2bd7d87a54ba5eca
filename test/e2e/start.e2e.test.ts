import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { projectRoot } from '../../src/config/config';
import { freePort, isPortFree } from '../../src/graph/neo4j-process';
import { CliRun, compileProject, startProcess } from '../support/cli';

/**
 * `npm start` as a user runs it: the compiled service in its own process, starting its own
 * Neo4j. Checks the readiness line, that PORT is honoured, that Ctrl-C leaves nothing running,
 * and the messages for a wrong variable and for a machine without Java.
 */
const root = projectRoot();
const main = path.join(root, 'dist', 'src', 'main.js');

type Started = CliRun;

function run(env: Record<string, string>): Started {
  return startProcess(main, [], { ...env, HOME: os.homedir(), LOG_LEVEL: 'info' });
}

async function waitFor(started: Started, pattern: RegExp, timeoutMs = 180_000): Promise<RegExpMatchArray> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const match = pattern.exec(started.output());
    if (match) return match;
    if (started.child.exitCode !== null) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`never printed ${pattern}; output was:\n${started.output()}`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('npm start', () => {
  beforeAll(() => {
    compileProject();
  });

  it('starts its own Neo4j, serves on PORT, and Ctrl-C stops everything', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'consultations-start-'));
    const [port, boltPort] = [await freePort(), await freePort()];
    const started = run({
      PATH: process.env.PATH ?? '',
      PORT: String(port),
      NEO4J_EMBEDDED_PORT: String(boltPort),
      NEO4J_EMBEDDED_DATA_DIR: dataDir,
      NEO4J_EMBEDDED_HEAP: '512m',
      NEO4J_EMBEDDED_PAGECACHE: '64m',
    });
    try {
      const [, javaPid] = await waitFor(started, /Embedded Neo4j is up at bolt:\/\/127\.0\.0\.1:\d+ \(pid (\d+)\)/);
      await waitFor(started, new RegExp(`READY: GraphQL API and IDE at http://localhost:${port}/graphql`));

      const ready = await fetch(`http://127.0.0.1:${port}/health/ready`);
      expect(ready.status).toBe(200);

      started.child.kill('SIGINT');
      expect(await started.exit).toBe(0);
      expect(started.output()).toMatch(/Stopped cleanly/);
      expect(isAlive(Number(javaPid))).toBe(false);
      expect(await isPortFree(boltPort)).toBe(true);
    } finally {
      started.child.kill('SIGKILL');
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('refuses a wrong variable with a message naming it', async () => {
    const started = run({ PATH: process.env.PATH ?? '', PORT: 'eighty' });
    expect(await started.exit).toBe(2);
    expect(started.output()).toMatch(/PORT: .*"eighty"/);
  });

  it('says what to install or set when there is no Java and no NEO4J_URI', async () => {
    const emptyBin = fs.mkdtempSync(path.join(os.tmpdir(), 'consultations-nojava-'));
    const started = run({ PATH: emptyBin, PORT: String(await freePort()) });
    expect(await started.exit).toBe(1);
    expect(started.output()).toMatch(/Java was not found on PATH\. Install Java 17\+ and Apache Maven .* or set NEO4J_URI/);
    fs.rmSync(emptyBin, { recursive: true, force: true });
  });
});
