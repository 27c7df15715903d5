import { test, expect } from '@playwright/test';
import { DECK_TITLE, answerByTap, countsIn, fixClock } from './helpers';
import { readRecords } from './records';

test.use({ timezoneId: 'UTC' });

test('review three cards by keyboard, and find the progress kept after a reload', async ({ page }) => {
  await fixClock(page);
  await page.goto('/');

  const item = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: DECK_TITLE }) });
  await expect(item).toBeVisible();
  await expect(item.getByRole('button', { name: 'Study', exact: true })).toBeVisible();
  const before = await countsIn(page, '.deck-item');
  expect(before).toEqual({ new: 20, learning: 0, review: 0 });
  await expect(item).toContainText(/\d+ cards/);

  await item.getByRole('button', { name: 'Study', exact: true }).click();
  const prompts: string[] = [];
  for (let i = 0; i < 3; i++) {
    const prompt = page.locator('.prompt');
    await expect(page.getByRole('button', { name: 'Show answer' })).toBeVisible();
    prompts.push(await prompt.innerText());
    expect(prompts.at(-1)).toContain('_____');
    await page.keyboard.press('Space');
    // The grade buttons are named by their grade word and show the interval each gives.
    await expect(page.getByRole('button', { name: /^Again\s+1m$/ })).toBeVisible();
    await expect(page.getByRole('button', { name: /^Hard\s+6m$/ })).toBeVisible();
    await expect(page.getByRole('button', { name: /^Good\s+10m$/ })).toBeVisible();
    await expect(page.getByRole('button', { name: /^Easy\s+\d+d$/ })).toBeVisible();
    await expect(page.locator('.source-sentence')).not.toBeEmpty();
    await page.keyboard.press('3');
    await expect(page.locator('.prompt')).not.toHaveText(prompts.at(-1)!);
  }
  expect(new Set(prompts).size).toBe(3);
  expect(await countsIn(page, '.review-head')).toEqual({ new: 17, learning: 3, review: 0 });
  // What was stored is what "Good 10m" promised: due ten minutes after each answer.
  const records = await readRecords(page);
  const stored = Object.entries(records).filter(([k]) => k.startsWith('state:')).map(([, v]) => v as { due: number; last_review: number });
  expect(stored).toHaveLength(3);
  for (const s of stored) expect(s.due - s.last_review).toBe(10 * 60_000);
  expect(Object.keys(records).filter((k) => k.startsWith('log:'))).toHaveLength(3);

  await page.reload();
  await expect(page.getByRole('button', { name: 'Show answer' })).toBeVisible();
  expect(await countsIn(page, '.review-head')).toEqual({ new: 17, learning: 3, review: 0 });
  await page.goto('/');
  expect(await countsIn(page, '.deck-item')).toEqual({ new: 17, learning: 3, review: 0 });
});

test('fits a 360 px screen with touch targets of 44 px', async ({ page }) => {
  await fixClock(page);
  await page.goto('/#/study/azerbaijan-iran-tensions');
  await page.getByRole('button', { name: 'Show answer' }).tap();
  await expect(page.getByRole('button', { name: /^Good/ })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBe(0);
  for (const name of [/^Again/, /^Hard/, /^Good/, /^Easy/]) {
    const box = (await page.getByRole('button', { name }).boundingBox())!;
    expect(box.height).toBeGreaterThanOrEqual(44);
    expect(box.width).toBeGreaterThanOrEqual(44);
    // Within the thumb's reach: the lower part of the screen.
    expect(box.y).toBeGreaterThan(640 / 2);
  }
});

test('a learning card coming back soon is not "done for today"', async ({ page }) => {
  await fixClock(page);
  await page.goto('/#/study/azerbaijan-iran-tensions');
  // Take all twenty new cards to their 10-minute step: nothing else is due afterwards.
  for (let i = 0; i < 20; i++) await answerByTap(page);
  // Within Anki's 20-minute learn-ahead the first of them is shown again at once.
  await expect(page.getByRole('button', { name: 'Show answer' })).toBeVisible();
  await expect(page.getByText('Done for today')).toHaveCount(0);
});

test('the deck page shows attribution, counts, the next due card and the article', async ({ page }) => {
  await fixClock(page);
  await page.goto('/');
  await page.getByRole('link', { name: DECK_TITLE }).click();
  await expect(page.getByRole('heading', { level: 1, name: DECK_TITLE })).toBeVisible();
  await expect(page.getByText('By Ayaz Rzayev and Mahammad Mammadov · Middle East Institute')).toBeVisible();
  await expect(page.getByText('Next card due')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Study', exact: true })).toBeVisible();
  await page.getByRole('link', { name: 'Show article' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Mounting tensions' })).toBeVisible();
  await expect(page.getByText(/codenamed Mighty Iran/)).toBeVisible();
});

test('a second tab sees answers given in the first, and never overwrites them', async ({ context }) => {
  const first = await context.newPage();
  const second = await context.newPage();
  for (const p of [first, second]) await fixClock(p);
  await first.goto('/#/study/azerbaijan-iran-tensions');
  await second.goto('/#/study/azerbaijan-iran-tensions');
  await expect(second.getByRole('button', { name: 'Show answer' })).toBeVisible();
  const shownInSecond = await second.locator('.prompt').innerText();

  await answerByTap(first);
  await expect(second.locator('.review-head .count.learning')).toContainText('1');

  // The second tab still shows the card the first one answered: answering it again from the
  // old state is refused with a message, and the first answer stands.
  await second.getByRole('button', { name: 'Show answer' }).click();
  await second.clock.fastForward(400);
  await second.getByRole('button', { name: /^Again/ }).click();
  await expect(second.getByRole('alert')).toContainText('answered in another tab or window meanwhile');
  await expect(second.locator('.prompt')).not.toHaveText(shownInSecond);
  const states = Object.entries(await readRecords(second)).filter(([k]) => k.startsWith('state:'));
  expect(states).toHaveLength(1);
  expect(shownInSecond.length).toBeGreaterThan(0);
});
