import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { compiledScript } from '../../src/config/compiled-script';
import { projectRoot } from '../../src/config/config';

describe('compiledScript', () => {
  it('takes the script beside the caller when it is there (run from dist/)', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'compiled-script-'));
    fs.writeFileSync(path.join(dir, 'worker.js'), '');
    expect(compiledScript(dir, 'worker.js')).toBe(path.join(dir, 'worker.js'));
    fs.rmSync(dir, { recursive: true });
  });

  it("takes dist/'s copy at the same place when the caller is TypeScript under src/", () => {
    const root = projectRoot();
    const script = compiledScript(path.join(root, 'src', 'import', 'bulk'), 'check-worker.js');
    expect(script).toBe(path.join(root, 'dist', 'src', 'import', 'bulk', 'check-worker.js'));
    expect(compiledScript(path.join(root, 'src', 'extraction'), 'extract-worker.js')).toBe(
      path.join(root, 'dist', 'src', 'extraction', 'extract-worker.js'),
    );
  });
});
