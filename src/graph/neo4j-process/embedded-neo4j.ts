import { ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import readline from 'node:readline';
import { Neo4jSetupError } from './errors';
import { ensureNeo4jJars } from './jars';
import { requireJava } from './tooling';

export interface EmbeddedNeo4jOptions {
  root: string;
  dataDir: string;
  port: number;
  heap: string;
  pageCache: string;
  startupTimeoutMs: number;
  /** Maximum duration of any transaction, enforced by the database itself. */
  txTimeoutMs?: number;
  /** Extra Maven profiles, e.g. ["apoc"] for the benchmark's @neo4j/graphql peer. */
  profiles?: string[];
  log?: (line: string) => void;
}

/** JVM flags Neo4j 5 needs on Java 17+ (from Neo4j's own default server configuration). */
const NEO4J_JVM_FLAGS = [
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--add-opens=java.base/java.lang=ALL-UNNAMED',
  '--add-opens=java.base/java.util=ALL-UNNAMED',
  '--add-opens=java.base/java.util.concurrent=ALL-UNNAMED',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '-XX:+UseG1GC',
  '-XX:+ExitOnOutOfMemoryError',
  '-XX:-OmitStackTraceInFastThrow',
];

const READY = /^NEO4J_READY (\S+)/;

/**
 * A Neo4j Community server running in a child JVM, Bolt only, on 127.0.0.1.
 * The child exits by itself if this process dies (it watches its stdin), so nothing is left running.
 */
export interface Neo4jExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export class EmbeddedNeo4j {
  /** Resolves when the JVM has exited, however it ended. */
  readonly exited: Promise<Neo4jExit>;

  private constructor(
    readonly uri: string,
    readonly pid: number,
    private readonly child: ChildProcessWithoutNullStreams,
    private readonly recent: string[],
  ) {
    this.exited = new Promise((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) resolve({ code: child.exitCode, signal: child.signalCode });
      else child.once('exit', (code, signal) => resolve({ code, signal }));
    });
  }

  /** Neo4j's last lines of output (for the log when it dies). */
  recentOutput(): string[] {
    return [...this.recent];
  }

  get running(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  static async start(options: EmbeddedNeo4jOptions): Promise<EmbeddedNeo4j> {
    requireJava();
    const { launcherSource, libDir } = await ensureNeo4jJars(options.root, {
      profiles: options.profiles,
      log: options.log,
    });
    if (!(await isPortFree(options.port))) {
      throw new Neo4jSetupError(
        `Port 127.0.0.1:${options.port} is already in use, so the embedded Neo4j cannot listen there. ` +
          'Stop what uses it, set NEO4J_EMBEDDED_PORT to a free port, or set NEO4J_URI to use that server.',
      );
    }
    fs.mkdirSync(options.dataDir, { recursive: true });
    const args = [
      `-Xms${options.heap}`,
      `-Xmx${options.heap}`,
      ...NEO4J_JVM_FLAGS,
      '-cp',
      `${libDir}/*`,
      launcherSource,
      '--data',
      options.dataDir,
      '--port',
      String(options.port),
      '--pagecache',
      options.pageCache,
      '--tx-timeout-ms',
      String(options.txTimeoutMs ?? 60_000),
    ];
    options.log?.(`Starting embedded Neo4j on bolt://127.0.0.1:${options.port} with data in ${options.dataDir}`);
    const child = spawn('java', args, { stdio: ['pipe', 'pipe', 'pipe'] });
    return new Promise<EmbeddedNeo4j>((resolve, reject) => {
      const recent: string[] = [];
      const remember = (line: string) => {
        recent.push(line);
        if (recent.length > 40) recent.shift();
      };
      const timer = setTimeout(() => {
        child.kill('SIGKILL');
        reject(
          new Neo4jSetupError(
            `Embedded Neo4j did not become ready within ${options.startupTimeoutMs} ms.\n${recent.join('\n')}`,
          ),
        );
      }, options.startupTimeoutMs);
      readline.createInterface({ input: child.stderr }).on('line', remember);
      readline.createInterface({ input: child.stdout }).on('line', (line) => {
        const ready = READY.exec(line);
        if (!ready) return remember(line);
        clearTimeout(timer);
        child.removeListener('exit', onEarlyExit);
        resolve(new EmbeddedNeo4j(ready[1], child.pid ?? -1, child, recent));
      });
      const onEarlyExit = (code: number | null, signal: NodeJS.Signals | null) => {
        clearTimeout(timer);
        reject(
          new Neo4jSetupError(
            `Embedded Neo4j exited before it was ready (${signal ?? `exit code ${code}`}). ` +
              `Its log is in ${options.dataDir}/logs.\n${recent.join('\n')}`,
          ),
        );
      };
      child.once('exit', onEarlyExit);
      child.once('error', (error) => {
        clearTimeout(timer);
        reject(new Neo4jSetupError(`Could not start Java: ${error.message}`));
      });
    });
  }

  /** SIGTERM lets Neo4j flush and close its store; SIGKILL only if it has not exited in time. */
  async stop(timeoutMs = 30_000): Promise<void> {
    if (!this.running) return;
    this.child.kill('SIGTERM');
    const killer = setTimeout(() => this.child.kill('SIGKILL'), timeoutMs);
    await this.exited;
    clearTimeout(killer);
  }

  /** Like a crash: no clean shutdown (used by fault tests). */
  async kill(): Promise<void> {
    if (!this.running) return;
    this.child.kill('SIGKILL');
    await this.exited;
  }

  /** SIGSTOP / SIGCONT: a frozen server that keeps its connections open (used by fault tests). */
  pause(): void {
    this.child.kill('SIGSTOP');
  }

  resume(): void {
    this.child.kill('SIGCONT');
  }
}

export function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

/** A port the OS says is free right now on loopback. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
