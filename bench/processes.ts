import { ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';

export interface ServerProcess {
  child: ChildProcess;
  url: string;
  /** Highest resident set size seen by `sampleRss`, in MB. */
  peakRssMb: number;
  sampleRss(): void;
  stop(): Promise<void>;
}

/** Starts a compiled server as its own process and waits for the line that says where it listens. */
export async function startServer(
  script: string,
  env: Record<string, string>,
  ready: RegExp,
  urlOf: (match: RegExpMatchArray) => string,
  nodeFlags: string[] = [],
): Promise<ServerProcess> {
  const child = spawn(process.execPath, [...nodeFlags, script], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const match = await new Promise<RegExpMatchArray>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${script} did not start:\n${output}`)), 120_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const m = ready.exec(output);
      if (m) {
        clearTimeout(timer);
        resolve(m);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`${script} exited with ${code}:\n${output}`)));
  });
  const server: ServerProcess = {
    child,
    url: urlOf(match),
    peakRssMb: 0,
    sampleRss() {
      try {
        const kb = Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1] ?? 0);
        server.peakRssMb = Math.max(server.peakRssMb, Math.round(kb / 1024));
      } catch {
        // Not Linux, or the process ended: no figure.
      }
    },
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
  return server;
}

/** The node flags `npm start` runs the API with (e.g. its heap cap), so the benchmark runs it as users do. */
export function startFlags(root: string): string[] {
  const start: string = JSON.parse(fs.readFileSync(`${root}/package.json`, 'utf8')).scripts.start;
  const command = /node ((?:--[\w-]+(?:=\S+)? )*)dist\/src\/main\.js/.exec(start);
  if (!command) throw new Error(`cannot read the node command from the start script: ${start}`);
  return command[1].trim().split(' ').filter(Boolean);
}
