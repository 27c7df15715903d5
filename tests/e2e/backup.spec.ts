import { test, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { DECK_SLUG, DECK_TITLE, answerByTap, countsIn, fixClock, answerTwoByTap, promptOf } from './helpers';
import { keysWith } from './records';

test.use({ timezoneId: 'UTC' });

const prompt = promptOf;
const status = (page: Page) => page.locator('.backup [role="status"]');

/** Exports a backup from the settings screen and returns the saved file's path. */
async function exportBackup(page: Page, name: string): Promise<string> {
  await page.getByRole('link', { name: 'Settings', exact: true }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export backup' }).click()]);
  expect(download.suggestedFilename()).toBe('briefcards-backup-2025-05-10.json');
  const path = test.info().outputPath(name);
  await download.saveAs(path);
  await expect(status(page)).toContainText('Backup saved as briefcards-backup-2025-05-10.json');
  return path;
}

/** Restores a file from the settings screen, by its labelled file input. */
async function restore(page: Page, file: string | { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
  await page.getByRole('link', { name: 'Settings', exact: true }).click();
  await page.getByLabel('Restore from backup').setInputFiles(file);
}

/** The deck's counts on the home screen, reached by the app's own link (no page reload). */
async function homeCounts(page: Page) {
  await page.getByRole('link', { name: 'Briefcards', exact: true }).click();
  await expect(page.getByRole('link', { name: DECK_TITLE })).toBeVisible();
  return countsIn(page, '.deck-item');
}

test('export, undo, restore: the kept answer comes back, the undone one does not', async ({ page, browser }) => {
  await fixClock(page);
  await page.goto(`/#/study/${DECK_SLUG}`);
  const [first, second] = await answerTwoByTap(page);
  const [keptLog, undoneLog] = (await keysWith(page, 'log:')).sort();
  expect(undoneLog).toBeDefined();

  const before = await exportBackup(page, 'before-undo.json');
  const saved = JSON.parse(readFileSync(before, 'utf8')) as { format: string; records: [string, unknown][] };
  expect(saved.format).toBe('briefcards-backup');
  expect(saved.records.map(([k]) => k)).toEqual(expect.arrayContaining([keptLog, undoneLog]));

  // Undo the second answer: its card is back on screen.
  await page.goto(`/#/study/${DECK_SLUG}`);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(prompt(page)).toHaveText(second);
  expect(await keysWith(page, 'log:')).toEqual([keptLog]);

  // Restoring the older backup into this device does not bring the undone answer back.
  await restore(page, before);
  await expect(status(page)).toHaveText('Backup restored: this device already had everything in it.');
  expect(await keysWith(page, 'log:')).toEqual([keptLog]);
  expect(await homeCounts(page)).toEqual({ new: 19, learning: 1, review: 0 });
  const after = await exportBackup(page, 'after-undo.json');

  // A fresh device, as after losing the phone: the first backup brings both answers back…
  const fresh = await browser.newContext({ timezoneId: 'UTC' });
  const other = await fresh.newPage();
  await fixClock(other);
  await other.goto('/');
  expect(await homeCounts(other)).toEqual({ new: 20, learning: 0, review: 0 });
  await restore(other, before);
  await expect(status(other)).toContainText('Backup restored: 2 reviews added');
  expect((await keysWith(other, 'log:')).sort()).toEqual([keptLog, undoneLog]);
  expect(await homeCounts(other)).toEqual({ new: 18, learning: 2, review: 0 });

  // …and the later one, made after the undo, takes the undone answer away again.
  await restore(other, after);
  await expect(status(other)).toContainText('1 review removed (undone on the device that made the backup)');
  expect(await keysWith(other, 'log:')).toEqual([keptLog]);
  expect(await homeCounts(other)).toEqual({ new: 19, learning: 1, review: 0 });
  await fresh.close();
});

test('a deck removed after the backup was made stays removed when the backup is restored', async ({ page }) => {
  await fixClock(page);
  await page.goto(`/#/study/${DECK_SLUG}`);
  await answerByTap(page);
  await expect.poll(() => keysWith(page, 'log:')).toHaveLength(1);
  const before = await exportBackup(page, 'before-removal.json');

  await page.goto(`/#/deck/${DECK_SLUG}`);
  await page.getByRole('button', { name: 'Delete deck' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Your decks' })).toBeVisible();
  await expect(page.getByRole('link', { name: DECK_TITLE })).toHaveCount(0);

  await restore(page, before);
  await expect(status(page)).toHaveText('Backup restored: 1 deleted deck left out (deleted after the backup was made).');
  await page.getByRole('link', { name: 'Briefcards', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Your decks' })).toBeVisible();
  await expect(page.getByRole('link', { name: DECK_TITLE })).toHaveCount(0);
  expect(await keysWith(page, 'log:')).toEqual([]);
});

test('a file that is not a usable backup gets a clear message and changes nothing', async ({ page }) => {
  await fixClock(page);
  await page.goto(`/#/study/${DECK_SLUG}`);
  await answerByTap(page);
  await expect.poll(() => keysWith(page, 'log:')).toHaveLength(1);
  const file = await exportBackup(page, 'good.json');

  await restore(page, { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('My notes on the article') });
  await expect(page.getByRole('alert')).toHaveText(/^This file is not a Briefcards backup\./);
  await expect(status(page)).toBeEmpty();

  const text = readFileSync(file, 'utf8');
  await restore(page, { name: 'cut.json', mimeType: 'application/json', buffer: Buffer.from(text.slice(0, text.length / 2)) });
  await expect(page.getByRole('alert')).toHaveText(/^This backup file is damaged \(it ends too early or is corrupt\), so nothing was restored\./);

  // A record that reads as JSON but would break a screen: the file is refused, naming it.
  const saved = JSON.parse(text) as { records: [string, unknown][] };
  const broken = { ...saved, records: [...saved.records, ['edit:azerbaijan-iran-tensions/x', { prompt: 5, editedAt: 1 }]] };
  await restore(page, { name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });
  await expect(page.getByRole('alert')).toHaveText(/^This backup file is damaged \(record "edit:azerbaijan-iran-tensions\/x" cannot be read\), so nothing was restored\./);

  const newer = JSON.stringify({ ...JSON.parse(text), schemaVersion: 99 });
  await restore(page, { name: 'newer.json', mimeType: 'application/json', buffer: Buffer.from(newer) });
  await expect(page.getByRole('alert')).toHaveText(/made by a newer version of Briefcards/);
  expect(await keysWith(page, 'log:')).toHaveLength(1);

  // The same good file restores after the failures; the alert goes.
  await restore(page, file);
  await expect(status(page)).toHaveText('Backup restored: this device already had everything in it.');
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('the backup controls are reachable by keyboard and 44 px tall for touch', async ({ page }) => {
  await fixClock(page);
  await page.goto('/#/settings');
  const exportButton = page.getByRole('button', { name: 'Export backup' });
  const input = page.getByLabel('Restore from backup');
  for (const control of [exportButton, input]) {
    const box = (await control.boundingBox())!;
    expect(box.height).toBeGreaterThanOrEqual(44);
  }
  await exportButton.focus();
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  expect(download.suggestedFilename()).toMatch(/^briefcards-backup-\d{4}-\d{2}-\d{2}\.json$/);
  await page.keyboard.press('Tab');
  await expect(input).toBeFocused();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBe(0);
});
