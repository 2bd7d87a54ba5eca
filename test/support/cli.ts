import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { projectRoot } from '../../src/config/config';

const root = projectRoot();
let compiled = false;

/** The command-line tools run as users run them: compiled, in their own process. Compiles once per run (or per test file run alone). */
export function compileProject(): void {
  // global-setup.ts compiled it for the whole run (test files inherit its environment).
  if (compiled || process.env.PROJECT_COMPILED_FOR_TESTS === '1') return;
  execFileSync(process.execPath, [path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', root], { stdio: 'inherit' });
  compiled = true;
  process.env.PROJECT_COMPILED_FOR_TESTS = '1';
}

export interface CliRun {
  child: ChildProcess;
  output: () => string;
  exit: Promise<number | null>;
}

/** Starts a compiled script as its own process with exactly `env`, collecting everything it prints. */
export function startProcess(script: string, args: string[], env: Record<string, string>): CliRun {
  const child = spawn(process.execPath, [script, ...args], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exit = new Promise<number | null>((resolve) => child.once('close', (code) => resolve(code)));
  return { child, output: () => output, exit };
}

/** Starts dist/src/cli/<tool>.js against the suite's Neo4j (NEO4J_URI from global-setup). */
export function startCli(tool: string, args: string[], env: Record<string, string> = {}): CliRun {
  return startProcess(path.join(root, 'dist', 'src', 'cli', `${tool}.js`), args, {
    PATH: process.env.PATH ?? '',
    HOME: os.homedir(),
    NEO4J_URI: process.env.NEO4J_URI ?? '',
    ...(process.env.NEO4J_USER ? { NEO4J_USER: process.env.NEO4J_USER } : {}),
    ...(process.env.NEO4J_PASSWORD ? { NEO4J_PASSWORD: process.env.NEO4J_PASSWORD } : {}),
    ...env,
  });
}

/** Runs a tool to completion: exit code and everything it printed. */
export async function runCli(tool: string, args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; output: string }> {
  const run = startCli(tool, args, env);
  const code = await run.exit;
  return { code, output: run.output() };
}
