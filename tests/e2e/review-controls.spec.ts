import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { DECK_SLUG, START, answerByTap, countsIn, fixClock, answerTwoByTap, promptOf } from './helpers';
import { keysWith, readRecords } from './records';

test.use({ timezoneId: 'UTC' });

const prompt = promptOf;

test('answer, undo, reload: the undone reviews are gone from storage and the card is due again', async ({ page }) => {
  await fixClock(page);
  await page.goto(`/#/study/${DECK_SLUG}`);
  const [first, second] = await answerTwoByTap(page);
  expect(await keysWith(page, 'log:')).toHaveLength(2);

  // Two undos in a row, by button and by key: each brings its card back.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(prompt(page)).toHaveText(second);
  await expect(page.getByRole('button', { name: 'Show answer' })).toBeVisible();
  await page.keyboard.press('u');
  await expect(prompt(page)).toHaveText(first);
  await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();

  const stored = await readRecords(page);
  expect(Object.keys(stored).filter((k) => k.startsWith('log:') || k.startsWith('state:') || k.startsWith('flags:'))).toEqual([]);
  expect(Object.keys(stored).filter((k) => k.startsWith('tomb:'))).toHaveLength(2);
  expect(stored['undo:last']).toBeUndefined();

  await page.reload();
  await expect(prompt(page)).toHaveText(first);
  expect(await countsIn(page, '.review-head')).toEqual({ new: 20, learning: 0, review: 0 });
  expect(await keysWith(page, 'log:')).toEqual([]);
});

test('the last answer can still be undone after a reload, with Ctrl+Z', async ({ page }) => {
  await fixClock(page);
  await page.goto(`/#/study/${DECK_SLUG}`);
  const first = await prompt(page).innerText();
  await answerByTap(page);
  await page.reload();
  await expect(prompt(page)).not.toHaveText(first);
  await page.keyboard.press('Control+z');
  await expect(prompt(page)).toHaveText(first);
  expect(await keysWith(page, 'log:')).toEqual([]);
  expect(await countsIn(page, '.review-head')).toEqual({ new: 20, learning: 0, review: 0 });
});

test('bury and suspend from the More menu, by tap and by keyboard; unsuspend in Browse', async ({ page }) => {
  await fixClock(page);
  await page.goto(`/#/study/${DECK_SLUG}`);
  const first = await prompt(page).innerText();

  const more = page.getByRole('button', { name: 'More' });
  await expect(more).toHaveAttribute('aria-haspopup', 'menu');
  await more.click();
  await expect(more).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByRole('menu')).toBeVisible();
  await page.getByRole('menuitem', { name: 'Bury' }).click();
  await expect(prompt(page)).not.toHaveText(first);
  const buried = Object.entries(await readRecords(page)).filter(([k]) => k.startsWith('flags:'));
  expect(buried).toHaveLength(1);
  expect(buried[0]![1]).toEqual({ buriedUntil: Date.parse('2025-05-11T04:00:00Z') });

  // Keyboard: arrows move through the menu, Escape closes it and gives focus back.
  const second = await prompt(page).innerText();
  await more.focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('menuitem', { name: 'Bury' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('menuitem', { name: 'Suspend' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('menu')).toHaveCount(0);
  await expect(more).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.press('End');
  await expect(page.getByRole('menuitem', { name: 'Suspend' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(prompt(page)).not.toHaveText(second);
  expect(Object.values(await readRecords(page))).toContainEqual({ suspended: true });

  // Unsuspend it from the card browser; it is studied again.
  await page.getByRole('link', { name: 'Browse' }).click();
  await page.getByLabel('State').selectOption('suspended');
  await expect(page.getByText('1 card', { exact: true })).toBeVisible();
  await page.locator('.browse-item').first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(second);
  await page.getByRole('button', { name: 'Unsuspend' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'unsuspended' })).toBeVisible();
  await page.getByRole('link', { name: 'Back to the cards' }).click();
  await expect(page.getByLabel('State')).toHaveValue('suspended');
  await expect(page.getByText('0 cards', { exact: true })).toBeVisible();
  expect(Object.values(await readRecords(page))).not.toContainEqual({ suspended: true });
  await page.goto(`/#/study/${DECK_SLUG}`);
  await expect(prompt(page)).toHaveText(second);
});

test('an invalid setting is refused next to its field, a valid one is saved and applied', async ({ page }) => {
  await fixClock(page);
  await page.goto('/');
  await page.getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();

  const retention = page.getByLabel('Desired retention');
  await retention.fill('1.5');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(retention).toHaveAttribute('aria-invalid', 'true');
  const errorId = (await retention.getAttribute('aria-describedby'))!.split(' ').find((id) => id.endsWith('-error'))!;
  await expect(page.locator(`#${errorId}`)).toHaveText('Desired retention must be between 0.70 and 0.99.');
  await expect(retention).toBeFocused();
  expect(await keysWith(page, 'settings:')).toEqual([]);

  await retention.fill('0.85');
  await page.getByLabel('New cards per day').fill('5');
  await expect(page.getByText(/intervals get longer/)).toBeVisible();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Settings saved.')).toBeVisible();
  await expect(retention).not.toHaveAttribute('aria-invalid', 'true');
  expect(await readRecords(page)).toMatchObject({ 'settings:app': { retention: 0.85, newPerDay: 5 } });

  await page.getByRole('link', { name: 'Briefcards' }).click();
  expect(await countsIn(page, '.deck-item')).toEqual({ new: 5, learning: 0, review: 0 });

  // A deck's own options override the app-wide ones, and survive a reload.
  await page.getByRole('link', { name: /Azerbaijan/ }).click();
  await page.getByRole('link', { name: 'Options for this deck' }).click();
  await page.getByLabel('New cards per day').fill('3');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Settings saved.')).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('New cards per day')).toHaveValue('3');
  await page.goto('/');
  expect(await countsIn(page, '.deck-item')).toEqual({ new: 3, learning: 0, review: 0 });
});

test('search and edit a card in Browse: the edit shows in review and survives a reload', async ({ page }) => {
  await fixClock(page);
  await page.goto(`/#/study/${DECK_SLUG}`);
  const first = await prompt(page).innerText();
  // A few whole words of the prompt, without the blank, to search by.
  const words = first.split(/\s+/).filter((w) => /^[A-Za-z]{4,}$/.test(w)).slice(0, 3).join(' ');

  await page.getByRole('link', { name: 'Browse' }).click();
  await page.getByLabel('Search cards').fill(words);
  await expect(page.locator('.browse-item').first()).toContainText(first);
  await page.locator('.browse-item', { hasText: first }).first().click();
  await page.getByRole('button', { name: 'Edit' }).click();
  await page.getByLabel('Prompt').fill('');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByLabel('Prompt')).toHaveAttribute('aria-invalid', 'true');
  await page.getByLabel('Prompt').fill('My own wording: _____ ?');
  await page.getByLabel('Answer').fill('My own answer');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('My own wording: _____ ?');
  expect(Object.entries(await readRecords(page)).filter(([k]) => k.startsWith('edit:'))).toEqual([
    [expect.stringMatching(new RegExp(`^edit:${DECK_SLUG}/`)), { prompt: 'My own wording: _____ ?', answer: 'My own answer', editedAt: expect.any(Number) }],
  ]);

  await page.goto(`/#/study/${DECK_SLUG}`);
  await expect(prompt(page)).toHaveText('My own wording: _____ ?');
  await page.reload();
  await expect(prompt(page)).toHaveText('My own wording: _____ ?');
  await page.getByRole('button', { name: 'Show answer' }).click();
  await expect(page.locator('.answer')).toHaveText('My own answer');

  await page.goto('/#/browse/');
  await page.getByLabel('Search cards').fill('own wording');
  await expect(page.locator('.browse-item')).toHaveCount(1);
});

test('Study all mixes the due cards of every deck', async ({ page }) => {
  await fixClock(page);
  await page.goto('/');
  await page.getByRole('button', { name: 'Study all' }).click();
  await expect(page).toHaveURL(/#\/study\/all$/);
  await expect(page.getByRole('heading', { name: 'All decks' })).toBeVisible();
  expect(await countsIn(page, '.review-head')).toEqual({ new: 20, learning: 0, review: 0 });
  await answerByTap(page);
  expect(await countsIn(page, '.review-head')).toEqual({ new: 19, learning: 1, review: 0 });
});

test('a card lapsing for the 8th time is suspended as a leech and the user is told; taps vibrate', async ({ page }) => {
  await page.addInitScript(() => {
    const calls: unknown[] = [];
    Object.assign(window, { vibrations: calls });
    Object.defineProperty(navigator, 'vibrate', { configurable: true, value: (p: unknown) => (calls.push(p), true) });
  });
  await fixClock(page);
  await page.goto(`/#/study/${DECK_SLUG}`);
  await expect(prompt(page)).toBeVisible();
  const deck = JSON.parse(readFileSync(`decks/${DECK_SLUG}/deck.json`, 'utf8')) as { cards: { id: string; prompt: string }[] };
  const card = deck.cards[0]!;
  // Make the first card a review card due now that has lapsed 7 times.
  await page.evaluate(
    ({ key, now }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('briefcards');
        open.onsuccess = () => {
          const tx = open.result.transaction('records', 'readwrite');
          const DAY = 86_400_000;
          tx.objectStore('records').put(
            { due: now, stability: 5, difficulty: 8, elapsed_days: 5, scheduled_days: 5, learning_steps: 0, reps: 20, lapses: 7, state: 2, last_review: now - 5 * DAY },
            key,
          );
          tx.oncomplete = () => (open.result.close(), resolve());
          tx.onerror = () => reject(tx.error);
        };
      }),
    { key: `state:${DECK_SLUG}/${card.id}`, now: START.getTime() },
  );
  await page.reload();
  await expect(prompt(page)).toHaveText(card.prompt);
  await answerByTap(page, /^Again/);
  await expect(page.getByRole('status').filter({ hasText: 'Suspended as a leech' })).toContainText('8 times');
  expect((await readRecords(page))[`flags:${DECK_SLUG}/${card.id}`]).toEqual({ leech: true, suspended: true });
  expect(await page.evaluate(() => (window as unknown as { vibrations: unknown[] }).vibrations)).toEqual([10, [40, 80, 40]]);

  // Undo takes the suspension back with the answer.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(prompt(page)).toHaveText(card.prompt);
  expect((await readRecords(page))[`flags:${DECK_SLUG}/${card.id}`]).toBeUndefined();

  // No vibration for someone who asked for less motion.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await answerByTap(page);
  expect(await page.evaluate(() => (window as unknown as { vibrations: unknown[] }).vibrations)).toHaveLength(2);
});
