import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { DECK_SLUG, fixClock } from './helpers';

/** WCAG 2.1 A and AA rules, checked by axe on what is on screen now. */
async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
}

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} theme`, () => {
    test.use({ colorScheme: scheme });

    test('every main screen passes WCAG 2.1 AA checks', async ({ page }) => {
      await fixClock(page);
      const screens: [string, () => Promise<void>][] = [
        ['home', async () => {
          await page.goto('/');
          await expect(page.getByRole('heading', { name: 'Your decks' })).toBeVisible();
        }],
        ['deck page', async () => {
          await page.goto(`/#/deck/${DECK_SLUG}`);
          await expect(page.getByRole('button', { name: 'Study', exact: true })).toBeVisible();
        }],
        ['review, front', async () => {
          await page.goto(`/#/study/${DECK_SLUG}`);
          await expect(page.getByRole('button', { name: 'Show answer' })).toBeVisible();
        }],
        ['review, back', async () => {
          await page.keyboard.press('Space');
          await expect(page.getByRole('button', { name: /^Good/ })).toBeVisible();
        }],
        ['article', async () => {
          await page.goto(`/#/article/${DECK_SLUG}`);
          await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
        }],
        ['new deck', async () => {
          await page.goto('/#/new/');
          await expect(page.getByLabel('Article text')).toBeVisible();
        }],
        ['browse', async () => {
          await page.goto('/#/browse/');
          await expect(page.getByLabel('Search cards')).toBeVisible();
        }],
        ['settings', async () => {
          await page.goto('/#/settings/');
          await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        }],
        ['quiz set-up', async () => {
          await page.goto(`/#/quiz/${DECK_SLUG}`);
          await expect(page.getByRole('button', { name: 'Start quiz' })).toBeVisible();
        }],
        ['quiz question', async () => {
          await page.getByRole('button', { name: 'Start quiz' }).click();
          await expect(page.getByText(/Question 1 of/)).toBeVisible();
        }],
      ];
      const found: string[] = [];
      for (const [name, open] of screens) {
        await open();
        for (const v of await violations(page)) found.push(`${name}: ${v}`);
      }
      expect(found).toEqual([]);
    });
  });
}

test('the check itself catches a violation', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Your decks' })).toBeVisible();
  await page.evaluate(() => {
    const b = document.createElement('button');
    document.querySelector('main')!.append(b); // a button with no name
  });
  expect((await violations(page)).some((v) => v.startsWith('button-name'))).toBe(true);
});
