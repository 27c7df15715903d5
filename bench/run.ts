/**
 * npm run bench: runs every bench/*.bench.ts module in name order. Each exports
 * `async function run(): Promise<void>` and prints its own results.
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const modules = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts') && (!only.length || only.some((o) => f.includes(o))))
  .sort();
let failed = 0;
for (const f of modules) {
  console.log(`\n# ${f}`);
  const mod = (await import(pathToFileURL(join(here, f)).href)) as { run?: () => Promise<void> };
  if (typeof mod.run !== 'function') {
    console.error(`${f} exports no run() function; skipped.`);
    failed++;
    continue;
  }
  try {
    await mod.run();
  } catch (e) {
    console.error(`${f} failed: ${(e as Error).stack ?? e}`);
    failed++;
  }
}
if (!modules.length) console.log('No bench/*.bench.ts modules found.');
if (failed) process.exit(1);
