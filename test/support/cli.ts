import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { projectRoot } from '../../src/config/config';

const root = projectRoot();
let compiled = false;

/** The command-line tools run as users run them: compiled, in their own process. Compiles once per test file. */
export function compileProject(): void {
  if (compiled) return;
  execFileSync(process.execPath, [path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', root], { stdio: 'inherit' });
  compiled = true;
}

export interface CliRun {
  child: ChildProcess;
  output: () => string;
  exit: Promise<number | null>;
}

/** Starts dist/src/cli/<tool>.js against the suite's Neo4j (NEO4J_URI from global-setup). */
export function startCli(tool: string, args: string[], env: Record<string, string> = {}): CliRun {
  const child = spawn(process.execPath, [path.join(root, 'dist', 'src', 'cli', `${tool}.js`), ...args], {
    cwd: root,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: os.homedir(),
      NEO4J_URI: process.env.NEO4J_URI ?? '',
      ...(process.env.NEO4J_USER ? { NEO4J_USER: process.env.NEO4J_USER } : {}),
      ...(process.env.NEO4J_PASSWORD ? { NEO4J_PASSWORD: process.env.NEO4J_PASSWORD } : {}),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exit = new Promise<number | null>((resolve) => child.once('close', (code) => resolve(code)));
  return { child, output: () => output, exit };
}

/** Runs a tool to completion: exit code and everything it printed. */
export async function runCli(tool: string, args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; output: string }> {
  const run = startCli(tool, args, env);
  const code = await run.exit;
  return { code, output: run.output() };
}
