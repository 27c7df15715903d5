import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { createStore, get, keys, set } from 'idb-keyval';
import { discardCurrentQuiz, finishQuiz, loadCurrentQuiz, loadQuizHistory, saveCurrentQuiz } from '../../src/store/quiz';
import { loadLogs, loadStates, saveAnswer } from '../../src/store/progress';
import { DB_NAME, resetDbForTests } from '../../src/store/db';
import { resetSchemaForTests } from '../../src/store/schema';
import { QUIZ_CURRENT_KEY, quizResultKey } from '../../src/core/record-keys';
import { answer, createQuiz, currentQuestion, next, practiceQuiz, resumeQuiz, type QuizCard, type QuizState } from '../../src/core/quiz';
import { bestScore, quizResult } from '../../src/core/quiz-history';
import { createScheduler, preview } from '../../src/core/scheduler';
import type { DeckCard } from '../../src/core/deck';

const T0 = Date.UTC(2025, 0, 6, 15, 0);
const SEC = 1000;

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  resetDbForTests();
  resetSchemaForTests();
});

const rawStore = () => createStore(DB_NAME, 'records');

function card(i: number): DeckCard {
  const a = `Answer ${i}`;
  return {
    id: `card${i}`,
    kind: 'cloze',
    section: '',
    prompt: `Prompt ${i} _____.`,
    answer: a,
    choices: [a, `Wrong ${i}a`, `Wrong ${i}b`, `Wrong ${i}c`],
    source: { sentence: `Sentence ${i} ${a}.`, start: i * 50, end: i * 50 + 20 },
  };
}

const CARDS: QuizCard[] = Array.from({ length: 8 }, (_, i) => ({ deck: 'deck-one', card: card(i) }));

function start(deck = 'deck-one', at = T0, seed = 7): QuizState {
  return createQuiz(CARDS.map((c) => ({ ...c, deck })), { questionCount: 3, secondsPerQuestion: 20, seed, deck }, at);
}

/** Answers every question (right, then wrong, then right…) and leaves the last feedback. */
function play(state: QuizState, at: number): QuizState {
  let s = state;
  let t = at;
  while (s.phase !== 'finished') {
    const q = currentQuestion(s)!;
    t += 2 * SEC;
    s = answer(s, s.index % 2 === 0 ? q.answer : q.options.find((o) => o !== q.answer)!, t);
    t += SEC;
    s = next(s, t);
  }
  return s;
}

describe('quiz store', () => {
  it('saves the quiz in progress under one key and reads it back for resumeQuiz', async () => {
    expect(await loadCurrentQuiz()).toBeUndefined();
    const s0 = start();
    await saveCurrentQuiz(s0);
    const s1 = answer(s0, currentQuestion(s0)!.answer, T0 + 3 * SEC);
    await saveCurrentQuiz(s1);

    const saved = await loadCurrentQuiz();
    expect(saved).toEqual(s1);
    const outcome = resumeQuiz(saved, T0 + 10 * SEC);
    expect(outcome).toMatchObject({ status: 'resumed', state: s1 });
    expect((await keys(rawStore())).filter((k) => String(k).startsWith('quiz:'))).toEqual([QUIZ_CURRENT_KEY]);
  });

  it('refuses to store a finished quiz as the quiz in progress', async () => {
    await expect(saveCurrentQuiz(play(start(), T0))).rejects.toThrow(/finishQuiz/);
    expect(await loadCurrentQuiz()).toBeUndefined();
  });

  it('on finish writes the result and deletes the quiz in progress together', async () => {
    const running = start();
    await saveCurrentQuiz(running);
    const done = play(running, T0);
    const result = await finishQuiz(done);

    expect(result).toEqual(quizResult(done));
    expect(result).toMatchObject({ deck: 'deck-one', score: 2, total: 3, durationMs: 9 * SEC, secondsPerQuestion: 20 });
    expect(await loadCurrentQuiz()).toBeUndefined();
    expect(await get(quizResultKey('deck-one', result!.id), rawStore())).toEqual(result);
    expect(await loadQuizHistory('deck-one')).toEqual([result]);
  });

  it('stores nothing half-written: a failed finish leaves the quiz in progress and no result', async () => {
    const running = start();
    await saveCurrentQuiz(running);
    const done = play(running, T0);
    // A value IndexedDB cannot clone makes the result's put throw inside the transaction.
    const poisoned = { ...done, settings: { ...done.settings, secondsPerQuestion: (() => 20) as unknown as number } };
    await expect(finishQuiz(poisoned)).rejects.toThrow();
    expect(await loadCurrentQuiz()).toEqual(running);
    expect(await loadQuizHistory()).toEqual([]);
  });

  it('never records a practice session as history, but clears it when it ends', async () => {
    const quiz = play(start(), T0);
    await finishQuiz(quiz);
    const practice = practiceQuiz(quiz, { seed: 99 }, T0 + 60 * SEC);
    await saveCurrentQuiz(practice);
    expect(await loadCurrentQuiz()).toEqual(practice);

    const done = play(practice, T0 + 60 * SEC);
    expect(await finishQuiz(done)).toBeUndefined();
    expect(await loadCurrentQuiz()).toBeUndefined();
    expect(await loadQuizHistory()).toHaveLength(1);
  });

  it('discards an abandoned quiz', async () => {
    await saveCurrentQuiz(start());
    await discardCurrentQuiz();
    expect(await loadCurrentQuiz()).toBeUndefined();
  });

  it('keeps history per deck, newest first, and gives the best score per deck', async () => {
    const a1 = await finishQuiz(play(start('deck-one', T0, 1), T0));
    const a2 = await finishQuiz(play(start('deck-one', T0 + 3_600_000, 2), T0 + 3_600_000));
    const b1 = await finishQuiz(play(start('deck-one-more', T0 + 60_000, 3), T0 + 60_000));
    const all = await finishQuiz(play(start('all', T0 + 120_000, 4), T0 + 120_000));

    const one = await loadQuizHistory('deck-one');
    // "deck-one/" is the prefix, so "deck-one-more" is not mixed in.
    expect(one.map((r) => r.id)).toEqual([a2!.id, a1!.id]);
    expect(await loadQuizHistory('all')).toEqual([all]);
    expect((await loadQuizHistory()).map((r) => r.deck).sort()).toEqual(['all', 'deck-one', 'deck-one', 'deck-one-more']);
    expect(bestScore(await loadQuizHistory(), 'deck-one-more')).toEqual(b1);
  });

  it('skips history records it cannot read instead of listing them wrong', async () => {
    const ok = await finishQuiz(play(start(), T0));
    await set(quizResultKey('deck-one', 'zzz'), { id: 'zzz', deck: 'deck-one', score: 'lots' }, rawStore());
    expect(await loadQuizHistory('deck-one')).toEqual([ok]);
  });

  it('never touches FSRS state or the review log', async () => {
    const outcome = preview(createScheduler(), undefined, T0)[3];
    await saveAnswer(outcome.state, { id: 'l1', deck: 'deck-one', cardId: 'card0', log: outcome.log });
    const statesBefore = await loadStates();
    const logsBefore = await loadLogs();

    const running = start();
    await saveCurrentQuiz(running);
    await finishQuiz(play(running, T0));
    const practice = practiceQuiz(play(running, T0), { seed: 5 }, T0);
    await saveCurrentQuiz(practice);
    await discardCurrentQuiz();

    expect(await loadStates()).toEqual(statesBefore);
    expect(await loadLogs()).toEqual(logsBefore);
    const kinds = new Set((await keys(rawStore())).map((k) => String(k).split(':')[0]));
    expect([...kinds].sort()).toEqual(['log', 'meta', 'quiz', 'state']);
  });
});
