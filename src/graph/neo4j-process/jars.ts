import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Neo4jSetupError } from './errors';
import { requireMaven } from './tooling';

/**
 * Neo4j's jars, resolved once from Maven Central into `<root>/.neo4j/lib` (git-ignored).
 * A stamp holding the pom's hash marks a complete copy: later starts do not touch the network,
 * and a changed pom (a new Neo4j patch release) resolves again.
 */
export interface JarLocations {
  launcherSource: string;
  libDir: string;
}

export function launcherPaths(root: string): { pom: string; launcherSource: string; cacheDir: string } {
  const tool = path.join(root, 'tools', 'neo4j-embedded');
  return {
    pom: path.join(tool, 'pom.xml'),
    launcherSource: path.join(tool, 'Neo4jLauncher.java'),
    cacheDir: path.join(root, '.neo4j'),
  };
}

export async function ensureNeo4jJars(
  root: string,
  options: { profiles?: string[]; log?: (line: string) => void } = {},
): Promise<JarLocations> {
  const { pom, launcherSource, cacheDir } = launcherPaths(root);
  const profiles = options.profiles ?? [];
  const name = profiles.length === 0 ? 'lib' : `lib-${profiles.join('-')}`;
  const libDir = path.join(cacheDir, name);
  const stampFile = path.join(libDir, '.resolved');
  const stamp = createHash('sha256')
    .update(fs.readFileSync(pom))
    .update(profiles.join(','))
    .digest('hex');

  if (fs.existsSync(stampFile) && fs.readFileSync(stampFile, 'utf8') === stamp) {
    return { launcherSource, libDir };
  }

  requireMaven();
  options.log?.(`Resolving Neo4j jars with Maven into ${libDir} (first run only)…`);
  // Copy into a private folder and rename it into place, so a concurrent or interrupted run
  // never leaves a half-filled lib folder behind a valid stamp.
  fs.mkdirSync(cacheDir, { recursive: true });
  const staging = fs.mkdtempSync(path.join(cacheDir, `.${name}-`));
  try {
    const args = [
      '-q',
      '-B',
      '-f',
      pom,
      'dependency:copy-dependencies',
      `-DoutputDirectory=${staging}`,
      '-DincludeScope=runtime',
    ];
    if (profiles.length > 0) args.push(`-P${profiles.join(',')}`);
    await runMaven(args);
    fs.writeFileSync(path.join(staging, '.resolved'), stamp);
    fs.rmSync(libDir, { recursive: true, force: true });
    try {
      fs.renameSync(staging, libDir);
    } catch (error) {
      // Another process won the race with an identical copy; use theirs.
      if (!(fs.existsSync(stampFile) && fs.readFileSync(stampFile, 'utf8') === stamp)) throw error;
    }
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
  return { launcherSource, libDir };
}

function runMaven(args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('mvn', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString('utf8')).slice(-4000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('error', (error) => reject(new Neo4jSetupError(`Could not run Maven: ${error.message}`)));
    child.on('exit', (code) => {
      if (code === 0) resolve();
      else
        reject(
          new Neo4jSetupError(
            `Maven could not fetch Neo4j's jars (exit ${code}). Check access to Maven Central, or set NEO4J_URI.\n${output}`,
          ),
        );
    });
  });
}
