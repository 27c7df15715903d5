/** Shared steps for the end-to-end tests: a fixed clock, reading the counts a learner sees. */
import { expect, type Page } from '@playwright/test';

export const DECK_TITLE = 'Azerbaijan–Iran tensions';
export const DECK_SLUG = 'azerbaijan-iran-tensions';
/** Saturday 10 May 2025, noon UTC: far from a study-day boundary and any clock change. */
export const START = new Date('2025-05-10T12:00:00Z');

export async function fixClock(page: Page, at: Date = START): Promise<void> {
  await page.clock.install({ time: at });
}

/** The New / Learning / Review counts inside a container, as numbers. */
export async function countsIn(page: Page, scope: string): Promise<{ new: number; learning: number; review: number }> {
  const text = async (cls: string) => Number((await page.locator(`${scope} .count.${cls}`).first().innerText()).replace(/\D+/g, ''));
  return { new: await text('new'), learning: await text('learning'), review: await text('review') };
}

/** Waits until a service worker controls nothing yet but is active, so the next load can be offline. */
export async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const reg = await navigator.serviceWorker.ready;
    if (!reg.active) throw new Error('no active service worker');
  });
}

/**
 * Reveals and grades the current card by tapping, as a person does: the app ignores a second
 * tap within 300 ms (a bounce), so the fixed clock is moved on between taps.
 */
export async function answerByTap(page: Page, grade: RegExp = /^Good/): Promise<void> {
  await page.getByRole('button', { name: 'Show answer' }).click();
  await page.clock.fastForward(400);
  await page.getByRole('button', { name: grade }).click();
  // The grade buttons go only once the answer's transaction has completed: wait for that, as
  // a person waits for the next card, before anything else (a navigation) can happen.
  await expect(page.getByRole('button', { name: grade })).toHaveCount(0);
  await page.clock.fastForward(400);
}

/** The front of the card on the review screen. */
export const promptOf = (page: Page) => page.locator('.card .prompt');

/** Answers the next two cards "Good" by tapping; resolves with their prompts, in order. */
export async function answerTwoByTap(page: Page): Promise<[string, string]> {
  const [first, second] = await answerCardsByTap(page, 2);
  return [first!, second!];
}

/** Answers the next `n` cards "Good" by tapping; resolves with their prompts, in order. */
export async function answerCardsByTap(page: Page, n: number): Promise<string[]> {
  const prompts: string[] = [];
  for (let i = 0; i < n; i++) {
    const shown = await promptOf(page).innerText();
    prompts.push(shown);
    await answerByTap(page);
    await expect(promptOf(page)).not.toHaveText(shown);
  }
  return prompts;
}
