import { test, expect } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { answerByTap, fixClock, waitForServiceWorker } from './helpers';

// This test stops its server, so it runs its own rather than the shared one.
const PORT = Number(process.env.E2E_PORT || 4180) + 1;
let server: ChildProcess | undefined;

async function startServer(): Promise<void> {
  server = spawn('npx', ['vite', 'preview', '--port', String(PORT), '--strictPort'], { stdio: 'ignore', detached: true });
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`http://localhost:${PORT}/robots.txt`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('preview server did not start');
}

function stopServer(): void {
  if (server?.pid) process.kill(-server.pid, 'SIGTERM');
  server = undefined;
}

test.afterEach(stopServer);

test('works offline after the first visit, and is installable', async ({ page, request }) => {
  await startServer();
  const base = `http://localhost:${PORT}`;

  const manifest = await (await request.get(`${base}/manifest.webmanifest`)).json();
  expect(manifest).toMatchObject({ name: 'Briefcards', short_name: 'Briefcards', display: 'standalone' });
  expect(manifest.theme_color).toMatch(/^#/);
  const sizes = manifest.icons.map((i: { sizes: string }) => i.sizes);
  expect(sizes).toContain('192x192');
  expect(sizes).toContain('512x512');
  expect(manifest.icons.some((i: { purpose?: string }) => i.purpose === 'maskable')).toBe(true);
  for (const icon of manifest.icons) expect((await request.get(`${base}${icon.src}`)).ok()).toBe(true);

  await fixClock(page);
  await page.goto(base + '/');
  await expect(page.locator('link[rel="manifest"]')).toHaveCount(1);
  await waitForServiceWorker(page);

  await page.getByRole('button', { name: 'Study', exact: true }).click();
  await answerByTap(page);
  await expect(page.locator('.review-head .count.learning')).toContainText('1');

  stopServer();
  await expect.poll(async () => fetch(`${base}/robots.txt`).then(() => 'up', () => 'down')).toBe('down');

  await page.reload();
  await expect(page.getByRole('button', { name: 'Show answer' })).toBeVisible();
  await expect(page.locator('.review-head .count.learning')).toContainText('1');
  await answerByTap(page);
  await expect(page.locator('.review-head .count.learning')).toContainText('2');

  // The article, a lazily loaded chunk, comes from the cache too.
  await page.goto(base + '/#/article/azerbaijan-iran-tensions');
  await expect(page.getByText(/codenamed Mighty Iran/)).toBeVisible();
});
