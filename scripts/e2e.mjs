// npm run test:e2e: the Playwright tests against the production build in real Chromium.
// Needs a build in dist/ (npm test builds first).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './chromium.mjs';

if (!existsSync('dist/index.html')) {
  console.error('No build in dist/: run "npm run build" first.');
  process.exit(1);
}
let chrome;
try {
  chrome = findChromium();
} catch (e) {
  console.error(e.message);
  process.exit(1);
}
const result = spawnSync('npx', ['playwright', 'test', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, CHROME_PATH: chrome },
});
process.exit(result.status ?? 1);
