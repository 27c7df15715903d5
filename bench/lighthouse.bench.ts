/**
 * The first load on a cheap phone: Lighthouse's mobile profile (a mid-range phone's CPU,
 * 4x slowed, on slow 4G) against the production build, for the home screen and the review
 * screen. Targets: performance score ≥ 90, accessibility ≥ 95, best practices ≥ 95, and the
 * largest contentful paint ≤ 2.5 s. Needs `npm run build` first and Chromium (CHROME_PATH).
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';

const PORT = 4195;
const PAGES = [
  ['home', '/'],
  ['review', '/#/study/azerbaijan-iran-tensions'],
] as const;

async function waitUp(url: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch (e) {
      if (i === 99) console.error(e, (e as { cause?: unknown }).cause);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not answer`);
}

export async function run(): Promise<void> {
  if (!existsSync('dist/index.html')) throw new Error('No build in dist/: run "npm run build" first.');
  const server = spawn('npx', ['vite', 'preview', '--port', String(PORT), '--strictPort'], { stdio: 'ignore', detached: true });
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  let failed = false;
  try {
    await waitUp(`http://localhost:${PORT}/robots.txt`);
    for (const [name, path] of PAGES) {
      const result = await lighthouse(`http://localhost:${PORT}${path}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices'],
      });
      const lhr = result!.lhr;
      const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
      const lcp = lhr.audits['largest-contentful-paint']?.numericValue ?? Infinity;
      const tbt = lhr.audits['total-blocking-time']?.numericValue ?? Infinity;
      const checks: [string, number, number, boolean][] = [
        ['performance', score('performance'), 90, score('performance') >= 90],
        ['accessibility', score('accessibility'), 95, score('accessibility') >= 95],
        ['best practices', score('best-practices'), 95, score('best-practices') >= 95],
        ['LCP ms', Math.round(lcp), 2500, lcp <= 2500],
      ];
      console.log(`${name} (mobile, slow 4G, 4x CPU): TBT ${Math.round(tbt)} ms`);
      for (const [label, value, target, ok] of checks) {
        console.log(`  ${label}: ${value} (target ${label === 'LCP ms' ? '≤' : '≥'} ${target}) ${ok ? 'PASS' : 'FAIL'}`);
        if (!ok) failed = true;
      }
    }
  } finally {
    chrome.kill();
    if (server.pid) process.kill(-server.pid, 'SIGTERM');
  }
  if (failed) process.exitCode = 1;
}
