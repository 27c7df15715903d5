import { describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { checkBudget, measureFirstLoad } from '../../scripts/first-load-size';

/** A fake build: random bytes do not compress, so their gzip size is about their length. */
function fakeDist(entryBytes: number, importBytes: number, lazyBytes: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'size-'));
  mkdirSync(join(dir, '.vite'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'assets/entry.js'), randomBytes(entryBytes).toString('base64'));
  writeFileSync(join(dir, 'assets/shared.js'), randomBytes(importBytes).toString('base64'));
  writeFileSync(join(dir, 'assets/lazy.js'), randomBytes(lazyBytes).toString('base64'));
  writeFileSync(join(dir, 'assets/entry.css'), 'body{color:red}');
  const manifest = {
    'index.html': { file: 'assets/entry.js', isEntry: true, imports: ['_shared.js'], dynamicImports: ['src/lazy.tsx'], css: ['assets/entry.css'] },
    '_shared.js': { file: 'assets/shared.js' },
    'src/lazy.tsx': { file: 'assets/lazy.js', isDynamicEntry: true },
  };
  writeFileSync(join(dir, '.vite/manifest.json'), JSON.stringify(manifest));
  return dir;
}

describe('first-load size check', () => {
  it('counts the entry, its static imports and CSS, not lazy chunks', () => {
    const load = measureFirstLoad(fakeDist(6000, 3000, 90_000));
    expect(load.files.map((f) => f.file)).toEqual(['assets/entry.css', 'assets/entry.js', 'assets/shared.js']);
    expect(load.jsGzip).toBeGreaterThan(9000);
    expect(load.jsGzip).toBeLessThan(9000 * 1.1);
    expect(checkBudget(load).ok).toBe(true);
  });

  it('fails when the JavaScript crosses the limit', () => {
    const load = measureFirstLoad(fakeDist(35_000, 10_000, 0));
    const { ok, report } = checkBudget(load);
    expect(ok).toBe(false);
    expect(report).toMatch(/Over budget/);
  });

  it('passes just under a limit and fails just over it', () => {
    const load = measureFirstLoad(fakeDist(5000, 0, 0));
    expect(checkBudget(load, load.jsGzip).ok).toBe(true);
    expect(checkBudget(load, load.jsGzip - 1).ok).toBe(false);
  });
});
