import { test, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { answerByTap, fixClock } from './helpers';
import { readRecords } from './records';

test.use({ timezoneId: 'UTC' });

const SUEZ = readFileSync('tests/fixtures/suez-canal.txt', 'utf8');
const SUEZ_TITLE = 'A Ditch Between Two Seas: The Building of the Suez Canal';

async function createDeck(page: Page, text: string): Promise<void> {
  await page.goto('/');
  await page.getByRole('link', { name: 'New deck from article' }).click();
  await page.getByLabel('Article text').fill(text);
  // The progress bar may show only briefly: record whether it ever appeared.
  await page.evaluate(() => {
    const w = window as unknown as { sawProgress: boolean };
    w.sawProgress = false;
    new MutationObserver(() => {
      if (document.querySelector('[role="progressbar"]')) w.sawProgress = true;
    }).observe(document.body, { childList: true, subtree: true });
  });
  await page.getByRole('button', { name: 'Create deck' }).click();
}

test('make a deck from a pasted article, prune it, save it, and study it offline-ready', async ({ page }) => {
  await fixClock(page);
  await createDeck(page, SUEZ);
  await expect(page.getByRole('button', { name: 'Save deck' })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByLabel('Deck title')).toHaveValue(SUEZ_TITLE);
  expect(await page.evaluate(() => (window as unknown as { sawProgress: boolean }).sawProgress)).toBe(true);

  const countText = async () => Number((await page.getByText(/^\d+ cards\. Remove any/).innerText()).match(/^\d+/)![0]);
  const before = await countText();
  expect(before).toBeGreaterThan(15);
  const firstRemove = page.getByRole('button', { name: /^Remove card:/ }).first();
  const removedName = await firstRemove.getAttribute('aria-label');
  await firstRemove.click();
  expect(await countText()).toBe(before - 1);
  await expect(page.getByRole('button', { name: removedName! })).toHaveCount(0);

  await page.getByRole('button', { name: 'Save deck' }).click();
  await expect(page.getByRole('heading', { level: 1, name: SUEZ_TITLE })).toBeVisible();
  await expect(page.locator('.facts')).toContainText(String(before - 1));

  await page.getByRole('button', { name: 'Study', exact: true }).click();
  await answerByTap(page);
  await page.reload();
  await page.goto('/');
  const item = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: SUEZ_TITLE }) });
  await expect(item.locator('.count.learning')).toContainText('1');

  // "Show in article" opens the article at the card's sentence, highlighted.
  await item.getByRole('button', { name: 'Study', exact: true }).click();
  await page.getByRole('button', { name: 'Show answer' }).click();
  const sentence = await page.locator('.source-sentence').innerText();
  await page.getByRole('link', { name: 'Show in article' }).click();
  const mark = page.locator('mark');
  await expect(mark).toHaveText(sentence);
  await expect(mark).toBeInViewport();
});

test('bad input gets a clear message and the app stays usable', async ({ page }) => {
  await createDeck(page, '   ');
  await expect(page.getByRole('alert')).toContainText('The text is empty');

  await page.getByLabel('Article text').fill('\u0000\u0001\u0002PK\u0003\u0004 binary junk '.repeat(50));
  await page.getByRole('button', { name: 'Create deck' }).click();
  await expect(page.getByRole('alert')).toContainText(/binary/i);

  await page.getByLabel('Article text').fill('apples bananas cherries dates elderberries figs grapes');
  await page.getByRole('button', { name: 'Create deck' }).click();
  await expect(page.getByRole('alert')).toContainText(/sentence|card/i);

  // A 5 MB paste: set directly, as a paste would, without typing it key by key.
  await page.getByLabel('Article text').evaluate((el: HTMLTextAreaElement) => {
    el.value = 'This is a sentence about Paris. '.repeat(170_000);
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await page.getByRole('button', { name: 'Create deck' }).click();
  await expect(page.getByRole('alert')).toContainText(/too long/i);

  await page.getByLabel('Open a .txt or .md file').setInputFiles({ name: 'huge.txt', mimeType: 'text/plain', buffer: Buffer.alloc(6 * 1024 * 1024, 'a') });
  await expect(page.getByRole('alert')).toContainText(/too large/i);

  // Still usable: a real article goes through.
  await page.getByLabel('Open a .txt or .md file').setInputFiles({ name: 'penicillin.md', mimeType: 'text/markdown', buffer: readFileSync('tests/fixtures/penicillin.md') });
  await page.getByRole('button', { name: 'Create deck' }).click();
  await expect(page.getByRole('button', { name: 'Save deck' })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByLabel('Deck title')).toHaveValue(/penicillin/i);
});

test('delete a deck after a confirmation that names it and its card count', async ({ page }) => {
  await createDeck(page, SUEZ);
  await page.getByRole('button', { name: 'Save deck' }).click({ timeout: 30_000 });
  await expect(page.getByRole('heading', { level: 1, name: SUEZ_TITLE })).toBeVisible();
  const cards = (await page.locator('.facts dd').nth(1).innerText()).trim();

  await page.getByRole('button', { name: 'Delete deck' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText(`Delete “${SUEZ_TITLE}” and its ${cards} cards?`);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('heading', { level: 1, name: SUEZ_TITLE })).toBeVisible();

  await page.getByRole('button', { name: 'Delete deck' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Your decks' })).toBeVisible();
  await expect(page.getByRole('link', { name: SUEZ_TITLE })).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('link', { name: 'Azerbaijan–Iran tensions' })).toBeVisible();
  await expect(page.getByRole('link', { name: SUEZ_TITLE })).toHaveCount(0);
  // Nothing of the deck is left but the tombstone that keeps an older backup from restoring it.
  const leftovers = Object.keys(await readRecords(page)).filter((k) => k.includes('a-ditch-between'));
  expect(leftovers).toEqual([expect.stringMatching(/^deckgone:a-ditch-between/)]);
});

test('rename a deck and update a deck from a revised article, keeping progress', async ({ page }) => {
  await fixClock(page);
  await createDeck(page, SUEZ);
  await page.getByRole('button', { name: 'Save deck' }).click({ timeout: 30_000 });
  await page.getByRole('button', { name: 'Rename' }).click();
  await page.getByLabel('Deck name').fill('Suez');
  await page.getByRole('button', { name: 'Save name' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Suez' })).toBeVisible();

  await page.getByRole('button', { name: 'Study', exact: true }).click();
  await answerByTap(page);
  await answerByTap(page);
  await page.goto('/');
  const item = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Suez', exact: true }) });
  await expect(item.locator('.count.learning')).toContainText('2');

  await item.getByRole('link', { name: 'Suez', exact: true }).click();
  await page.getByRole('link', { name: 'Update from revised article' }).click();
  const lastParagraph = SUEZ.trim().split('\n').at(-1)!;
  const revised = SUEZ.replace(lastParagraph, 'The canal was nationalised by Egypt in 1956.');
  await page.getByLabel('Article text').fill(revised);
  await page.getByRole('button', { name: 'Create deck' }).click();
  await expect(page.getByRole('status').filter({ hasText: /cards added, \d+ retired, \d+ kept/ })).toBeVisible({ timeout: 30_000 });
  await page.getByRole('button', { name: 'Save deck' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Suez' })).toBeVisible();
  await page.goto('/');
  await expect(item.locator('.count.learning')).toContainText('2');
});

test('an edited card keeps its edit when its deck is regenerated from a revised article', async ({ page }) => {
  await fixClock(page);
  await createDeck(page, SUEZ);
  await page.getByRole('button', { name: 'Save deck' }).click({ timeout: 30_000 });
  await expect(page.getByRole('heading', { level: 1, name: SUEZ_TITLE })).toBeVisible();

  await page.getByRole('button', { name: 'Study', exact: true }).click();
  const original = await page.locator('.prompt').innerText();
  await page.getByRole('link', { name: 'Browse' }).click();
  await page.getByLabel('Search cards').fill(original.split(/\s+/).filter((w) => /^[A-Za-z]{5,}$/.test(w)).slice(0, 3).join(' '));
  await page.locator('.browse-item', { hasText: original }).first().click();
  await page.getByRole('button', { name: 'Edit' }).click();
  await page.getByLabel('Prompt').fill('In my words: the canal opened in _____.');
  await page.getByLabel('Answer').fill('my answer');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('In my words: the canal opened in _____.');

  // Revise the last paragraph only, then regenerate the deck from the revised text.
  await page.goto('/');
  await page.getByRole('link', { name: SUEZ_TITLE }).click();
  await page.getByRole('link', { name: 'Update from revised article' }).click();
  const lastParagraph = SUEZ.trim().split('\n').at(-1)!;
  await page.getByLabel('Article text').fill(SUEZ.replace(lastParagraph, 'The canal was widened again in 2015.'));
  await page.getByRole('button', { name: 'Create deck' }).click();
  await page.getByRole('button', { name: 'Save deck' }).click({ timeout: 30_000 });
  await expect(page.getByRole('heading', { level: 1, name: SUEZ_TITLE })).toBeVisible();

  await page.reload();
  await page.getByRole('button', { name: 'Study', exact: true }).click();
  await expect(page.locator('.prompt')).toHaveText('In my words: the canal opened in _____.');
  await page.getByRole('button', { name: 'Show answer' }).click();
  await expect(page.locator('.answer')).toHaveText('my answer');
});
