import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { projectRoot } from '../../src/config/config';

/**
 * Issue 16, item 9: tools/setup/ensure-java.sh (run by `npm start` and `npm test`) passes when
 * Java 17+ and Maven are there, and otherwise, when it cannot install them (not root), names
 * exactly what to install. The apt path runs for real on a fresh root machine (CI's first run).
 */
const SCRIPT = path.join(projectRoot(), 'tools', 'setup', 'ensure-java.sh');

/** A PATH with only the tools the script uses, an `id` that says "not root", and `extra` commands. */
function sandbox(extra: Record<string, string>): string {
  const bin = fs.mkdtempSync(path.join(os.tmpdir(), 'ensure-java-'));
  for (const tool of ['bash', 'sed', 'awk', 'head']) {
    const found = spawnSync('bash', ['-c', `command -v ${tool}`], { encoding: 'utf8' }).stdout.trim();
    fs.symlinkSync(found, path.join(bin, tool));
  }
  const scripts: Record<string, string> = { id: 'echo 1000', ...extra };
  for (const [name, body] of Object.entries(scripts)) {
    fs.writeFileSync(path.join(bin, name), `#!${path.join(bin, 'bash')}\n${body}\n`, { mode: 0o755 });
  }
  return bin;
}

const run = (bin: string, args: string[] = []) => spawnSync(path.join(bin, 'bash'), [SCRIPT, ...args], { encoding: 'utf8', env: { PATH: bin } });

it('passes when Java 17+ and Maven are on PATH', () => {
  const bin = sandbox({ java: 'echo \'openjdk version "17.0.15" 2025-04-15\' >&2', mvn: 'echo Maven 3.8.7' });
  const result = run(bin);
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
});

it('names what to install when Java is missing or too old and it is not root', () => {
  const none = run(sandbox({}));
  expect(none.status).toBe(1);
  expect(none.stderr).toMatch(/Java 17 or newer \(found: none\)/);
  expect(none.stderr).toMatch(/apt-get install -y openjdk-17-jdk-headless maven/);
  expect(none.stderr).toMatch(/NEO4J_URI/);

  const old = run(sandbox({ java: 'echo \'java version "1.8.0_392"\' >&2', mvn: 'echo Maven' }));
  expect(old.status).toBe(1);
  expect(old.stderr).toMatch(/found: 8\)/);
  expect(old.stderr).toMatch(/Install: openjdk-17-jdk-headless\n/);
});

it('needs nothing when NEO4J_URI points at an existing Neo4j', () => {
  const result = spawnSync(path.join(sandbox({}), 'bash'), [SCRIPT], { encoding: 'utf8', env: { PATH: sandbox({}), NEO4J_URI: 'bolt://db.example:7687' } });
  expect(result.status).toBe(0);
});
