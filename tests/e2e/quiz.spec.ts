import { test, expect, type Page } from '@playwright/test';
import { DECK_SLUG, DECK_TITLE, START, answerByTap, countsIn, fixClock } from './helpers';

test.use({ timezoneId: 'UTC' });

const SEC = 1000;

/** The app's IndexedDB records under `prefix`, read straight from the browser. */
async function records(page: Page, prefix: string): Promise<Record<string, unknown>> {
  return page.evaluate(
    (prefix) =>
      new Promise<Record<string, unknown>>((resolve, reject) => {
        const open = indexedDB.open('briefcards');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const store = db.transaction('records', 'readonly').objectStore('records');
          const range = IDBKeyRange.bound(prefix, prefix + '\uffff');
          const keys = store.getAllKeys(range);
          const values = store.getAll(range);
          values.onerror = () => reject(values.error);
          values.onsuccess = () => {
            resolve(Object.fromEntries(keys.result.map((k, i) => [String(k), values.result[i]])));
            db.close();
          };
        };
      }),
    prefix,
  );
}

interface StoredQuestion {
  mode: 'choice' | 'type-in';
  lead: string;
  prompt: string;
  answer: string;
  options: string[];
  sentence: string;
}
interface StoredQuiz {
  index: number;
  phase: string;
  responses: unknown[];
  questions: StoredQuestion[];
}

/** The saved quiz in progress once it shows question `index` awaiting an answer. */
async function savedQuestion(page: Page, index: number): Promise<StoredQuestion> {
  let found: StoredQuiz | undefined;
  await expect
    .poll(async () => {
      found = (await records(page, 'quiz:current'))['quiz:current'] as StoredQuiz | undefined;
      return found ? `${found.index} ${found.phase}` : 'none';
    })
    .toBe(`${index} question`);
  return found!.questions[index]!;
}

const liveRegion = (page: Page) => page.locator('p.sr-only[aria-live="polite"]');

/** Answers with the right text: a tap on the option, or typed into the field. */
async function answerRight(page: Page, q: StoredQuestion): Promise<void> {
  if (q.mode === 'choice') await page.getByRole('button', { name: q.answer, exact: true }).click();
  else {
    await page.getByLabel('Your answer').fill(q.answer);
    await page.getByRole('button', { name: 'Check answer' }).click();
  }
}

test('a five-question timed quiz: one time-out, right results, history kept, FSRS untouched', async ({ page }) => {
  await fixClock(page);
  await page.goto('/');

  // Some review progress first, so there are FSRS states and log entries the quiz must not touch.
  await page.getByRole('button', { name: 'Study', exact: true }).click();
  await answerByTap(page);
  await answerByTap(page);
  await page.goto('/');
  const countsBefore = await countsIn(page, '.deck-item');
  expect(countsBefore).toEqual({ new: 18, learning: 2, review: 0 });
  const statesBefore = await records(page, 'state:');
  const logsBefore = await records(page, 'log:');
  expect(Object.keys(statesBefore)).toHaveLength(2);
  expect(Object.keys(logsBefore)).toHaveLength(2);

  // The deck page's Quiz link opens the set-up; the history is empty so far.
  await page.getByRole('link', { name: DECK_TITLE }).click();
  await expect(page.getByText('No quizzes taken yet.')).toBeVisible();
  await page.getByRole('link', { name: 'Quiz', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Quiz', exact: true })).toBeVisible();

  // Five questions: the route's ?questions=5 adds 5 to the counts offered, and selects it.
  await page.goto(`/#/quiz/${DECK_SLUG}?questions=5`);
  await expect(page.getByLabel('Number of questions')).toHaveValue('5');
  await page.getByLabel('Time per question').selectOption({ label: '10 seconds' });
  await expect(page.getByText('5 questions, 10 seconds each.')).toBeVisible();

  // From here time moves only when the test moves it.
  const t0 = START.getTime() + 60 * SEC;
  await page.clock.pauseAt(t0);
  await page.getByRole('button', { name: 'Start quiz' }).click();

  const timer = page.getByRole('timer', { name: 'Time left' });
  const mistakes: { q: StoredQuestion; given: string | null }[] = [];

  for (let i = 0; i < 5; i++) {
    await expect(page.getByRole('heading', { level: 1, name: `Question ${i + 1} of 5` })).toBeVisible();
    const q = await savedQuestion(page, i);
    await expect(page.locator('.quiz-card .prompt')).toHaveText(q.prompt);
    if (q.lead) await expect(page.getByText(q.lead)).toBeVisible();
    if (q.mode === 'choice') {
      for (const option of q.options) await expect(page.getByRole('button', { name: option, exact: true })).toBeVisible();
    }
    await expect(timer).toHaveText('10 s');
    await expect(liveRegion(page)).toHaveText('');
    await page.clock.runFor(2 * SEC);
    await expect(timer).toHaveText('8 s');

    if (i === 0 || i === 4) {
      await answerRight(page, q);
      await expect(page.getByRole('heading', { name: 'Right' })).toBeVisible();
    } else if (i === 1) {
      const wrong = q.mode === 'choice' ? q.options.find((o) => o !== q.answer)! : 'certainly not this';
      if (q.mode === 'choice') await page.getByRole('button', { name: wrong, exact: true }).click();
      else {
        await page.getByLabel('Your answer').fill(wrong);
        await page.keyboard.press('Enter');
      }
      await expect(page.getByRole('heading', { name: 'Wrong' })).toBeVisible();
      await expect(page.getByText(`You answered: ${wrong}`)).toBeVisible();
      mistakes.push({ q, given: wrong });
    } else if (i === 2) {
      // The question that times out: the screen reader hears 5 seconds left, then time up.
      await page.clock.runFor(3 * SEC);
      await expect(timer).toHaveText('5 s');
      await expect(liveRegion(page)).toHaveText('5 seconds left');
      await page.clock.runFor(5.5 * SEC);
      await expect(page.getByRole('heading', { name: 'Out of time' })).toBeVisible();
      await expect(liveRegion(page)).toHaveText('Time is up');
      await expect(timer).toHaveCount(0);
      mistakes.push({ q, given: null });
    } else {
      // By keyboard: the option's number, or Enter in the field.
      if (q.mode === 'choice') await page.keyboard.press(String(q.options.indexOf(q.answer) + 1));
      else {
        await page.getByLabel('Your answer').fill(q.answer.toUpperCase());
        await page.keyboard.press('Enter');
      }
      await expect(page.getByRole('heading', { name: 'Right' })).toBeVisible();
    }
    // Feedback: the right answer and the article sentence it came from.
    await expect(page.locator('.feedback .right-answer')).toHaveText(q.answer);
    await expect(page.locator('.feedback .source-sentence')).toHaveText(q.sentence);

    if (i === 0) {
      // A reload resumes the quiz where it was, feedback and all.
      await expect.poll(async () => ((await records(page, 'quiz:current'))['quiz:current'] as StoredQuiz).phase).toBe('feedback');
      await page.reload();
      await expect(page.getByText('Quiz resumed where you left off.')).toBeVisible();
      await expect(page.getByRole('heading', { name: 'Right' })).toBeVisible();
      await expect(page.locator('.quiz-card .prompt')).toHaveText(q.prompt);
    }

    await page.clock.runFor(i === 2 ? 0.5 * SEC : SEC);
    if (i === 3) {
      await page.locator('.verdict').focus();
      await page.keyboard.press('Enter');
    } else await page.getByRole('button', { name: 'Next question' }).click();
  }

  // 2 + 1 s for four questions, 10.5 + 0.5 s for the one that timed out.
  await expect(page.getByRole('heading', { level: 1, name: 'Quiz results' })).toBeVisible();
  await expect(page.locator('.results-facts .score')).toHaveText('3 of 5');
  await expect(page.locator('.results-facts .accuracy')).toHaveText('60%');
  await expect(page.locator('.results-facts .total-time')).toHaveText('23 s');
  await expect(page.getByText('Saved to your quiz history.')).toBeVisible();
  const listed = page.locator('.mistakes > li');
  await expect(listed).toHaveCount(2);
  for (const [n, m] of mistakes.entries()) {
    const item = listed.nth(n);
    await expect(item.locator('.mistake-prompt')).toHaveText(m.q.prompt);
    await expect(item.locator('.right-answer')).toHaveText(m.q.answer);
    await expect(item.locator('.source-sentence')).toHaveText(m.q.sentence);
    await expect(item).toContainText(m.given === null ? 'Out of time' : `You answered: ${m.given}`);
  }

  // One result stored, the quiz in progress gone: written together.
  const stored = Object.values(await records(page, 'quiz:result:'));
  expect(stored).toEqual([expect.objectContaining({ deck: DECK_SLUG, score: 3, total: 5, durationMs: 23 * SEC, secondsPerQuestion: 10 })]);
  expect(await records(page, 'quiz:current')).toEqual({});

  // Practise mistakes: just those two, and never recorded as history.
  await page.getByRole('button', { name: 'Practise mistakes' }).click();
  for (let i = 0; i < 2; i++) {
    await expect(page.getByRole('heading', { level: 1, name: `Question ${i + 1} of 2 · practice` })).toBeVisible();
    const q = await savedQuestion(page, i);
    expect(mistakes.map((m) => m.q.prompt)).toContain(q.prompt);
    await page.clock.runFor(SEC);
    await answerRight(page, q);
    await page.clock.runFor(SEC);
    await page.getByRole('button', { name: 'Next question' }).click();
  }
  await expect(page.getByRole('heading', { name: 'Quiz results' })).toBeVisible();
  await expect(page.locator('.results-facts .score')).toHaveText('2 of 2');
  await expect(page.getByText(/A practice session: not added to your quiz history/)).toBeVisible();
  await expect.poll(async () => Object.keys(await records(page, 'quiz:current'))).toEqual([]);
  expect(Object.values(await records(page, 'quiz:result:'))).toEqual(stored);

  // The deck page lists the quiz, before and after a reload.
  await page.getByRole('link', { name: 'Back to the deck' }).click();
  const history = page.locator('.quiz-history');
  for (let pass = 0; pass < 2; pass++) {
    await expect(page.getByRole('heading', { level: 1, name: DECK_TITLE })).toBeVisible();
    await expect(history.getByRole('heading', { name: 'Quiz history' })).toBeVisible();
    await expect(history.locator('tbody tr')).toHaveCount(1);
    await expect(history.locator('tbody tr')).toContainText('3 of 5');
    await expect(history.locator('tbody tr')).toContainText('23 s');
    await expect(history.locator('tbody tr')).toContainText(/10 May 2025|May 10, 2025/);
    await expect(history.locator('.best-score')).toContainText('Best score: 3 of 5');
    if (pass === 0) await page.reload();
  }

  // The FSRS schedule is exactly as it was.
  expect(await records(page, 'state:')).toEqual(statesBefore);
  expect(await records(page, 'log:')).toEqual(logsBefore);
  await page.goto('/');
  expect(await countsIn(page, '.deck-item')).toEqual(countsBefore);
});
