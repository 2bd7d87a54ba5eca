import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from './config';

/**
 * The compiled JavaScript of a worker thread's script that sits in `dir` (a caller's `__dirname`).
 * Run from dist/ it is beside the caller; run from src/ (ts-jest), it is dist/'s copy at the same
 * place, since a worker thread cannot load TypeScript (test/support/global-setup.ts compiles the
 * project first).
 */
export function compiledScript(dir: string, file: string): string {
  const beside = path.join(dir, file);
  if (fs.existsSync(beside)) return beside;
  const root = projectRoot();
  return path.join(root, 'dist', path.relative(root, dir), file);
}
