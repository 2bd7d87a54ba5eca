import { spawnSync } from 'node:child_process';
import { Neo4jSetupError } from './errors';

const HOW_TO_FIX =
  'Install Java 17+ and Apache Maven (e.g. `apt-get install openjdk-17-jdk-headless maven`) so the project can start ' +
  'its own Neo4j, or set NEO4J_URI (with NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE) to use an existing Neo4j 5 server.';

/** The major version of `java` on PATH, or a setup error saying what to install. */
export function requireJava(): number {
  const result = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (result.error || result.status !== 0) {
    throw new Neo4jSetupError(`Java was not found on PATH. ${HOW_TO_FIX}`);
  }
  const match = /version "(\d+)(?:\.(\d+))?/.exec(result.stderr + result.stdout);
  const major = match ? Number(match[1] === '1' ? match[2] : match[1]) : NaN;
  if (!(major >= 17)) {
    throw new Neo4jSetupError(`Java ${match?.[1] ?? '?'} was found but Neo4j 5 needs Java 17 or newer. ${HOW_TO_FIX}`);
  }
  return major;
}

export function requireMaven(): void {
  const result = spawnSync('mvn', ['-v'], { encoding: 'utf8' });
  if (result.error || result.status !== 0) {
    throw new Neo4jSetupError(`Maven (mvn) was not found on PATH; it is needed once to fetch Neo4j's jars. ${HOW_TO_FIX}`);
  }
}
