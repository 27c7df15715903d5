import { describe, expect, it } from 'vitest';
import type { DeckCard } from '../../src/core/deck';
import { answer, createQuiz, currentQuestion, next, practiceQuiz, type QuizState } from '../../src/core/quiz';
import { bestScore, quizResult, sortHistory, type QuizResult } from '../../src/core/quiz-history';

const T0 = Date.UTC(2024, 4, 1, 9, 0, 0);

function card(i: number): DeckCard {
  const answer = `Answer ${i}`;
  return {
    id: `card${i}`,
    kind: 'cloze',
    section: '',
    prompt: `Prompt ${i} _____.`,
    answer,
    choices: [answer, `W${i}a`, `W${i}b`, `W${i}c`],
    source: { sentence: `Sentence ${i}.`, start: 0, end: 10 },
  };
}
const CARDS = Array.from({ length: 5 }, (_, i) => ({ deck: 'a', card: card(i) }));

/** Five questions, 3 s each with 1 s of feedback, the first answered wrong. */
function played(): QuizState {
  let s = createQuiz(CARDS, { questionCount: 5, secondsPerQuestion: 10, seed: 42, deck: 'a' }, T0);
  let t = T0;
  for (let i = 0; i < 5; i++) {
    t += 3000;
    const q = currentQuestion(s)!;
    s = answer(s, i === 0 ? q.options.find((o) => o !== q.answer)! : q.answer, t);
    t += 1000;
    s = next(s, t);
  }
  return s;
}

const rec = (over: Partial<QuizResult>): QuizResult => ({
  id: 'x',
  deck: 'a',
  startedAt: T0,
  finishedAt: T0 + 60_000,
  score: 5,
  total: 10,
  durationMs: 60_000,
  secondsPerQuestion: 20,
  ...over,
});

describe('quizResult', () => {
  it('records a finished quiz', () => {
    expect(quizResult(played())).toEqual({
      id: `${T0.toString(36)}-${(42).toString(36)}`,
      deck: 'a',
      startedAt: T0,
      finishedAt: T0 + 20_000,
      score: 4,
      total: 5,
      durationMs: 20_000,
      secondsPerQuestion: 10,
    });
  });

  it('records nothing for a running quiz or a practice session', () => {
    const running = createQuiz(CARDS, { questionCount: 5, secondsPerQuestion: null, seed: 1, deck: 'a' }, T0);
    expect(quizResult(running)).toBeUndefined();
    let p = practiceQuiz(played(), { seed: 3 }, T0 + 60_000);
    p = next(answer(p, currentQuestion(p)!.answer, T0 + 61_000), T0 + 62_000);
    expect(p.phase).toBe('finished');
    expect(quizResult(p)).toBeUndefined();
  });
});

describe('bestScore', () => {
  it('is undefined for a deck never quizzed', () => {
    expect(bestScore([], 'a')).toBeUndefined();
    expect(bestScore([rec({ deck: 'b' })], 'a')).toBeUndefined();
  });

  it('picks the highest accuracy of that deck only', () => {
    const best = rec({ id: 'best', score: 9, total: 10 });
    const history = [rec({ id: 'low', score: 5 }), best, rec({ id: 'other deck', deck: 'b', score: 10 })];
    expect(bestScore(history, 'a')).toBe(best);
    expect(bestScore(history, 'b')!.id).toBe('other deck');
  });

  it('prefers 10 of 10 to 19 of 20, and 20 of 20 to 10 of 10', () => {
    const ten = rec({ id: 'ten', score: 10, total: 10 });
    const nineteen = rec({ id: 'nineteen', score: 19, total: 20 });
    const twenty = rec({ id: 'twenty', score: 20, total: 20 });
    expect(bestScore([nineteen, ten], 'a')).toBe(ten);
    expect(bestScore([ten, twenty, nineteen], 'a')).toBe(twenty);
  });

  it('breaks remaining ties by the faster, then the earlier', () => {
    const slow = rec({ id: 'slow', durationMs: 90_000 });
    const fast = rec({ id: 'fast', durationMs: 30_000 });
    const fastLater = rec({ id: 'fast later', durationMs: 30_000, finishedAt: T0 + 999_999 });
    expect(bestScore([slow, fastLater, fast], 'a')).toBe(fast);
  });

  it('ignores empty records', () => {
    expect(bestScore([rec({ score: 0, total: 0 })], 'a')).toBeUndefined();
  });
});

describe('sortHistory', () => {
  it('lists newest first without changing its input', () => {
    const old = rec({ id: 'old', finishedAt: T0 });
    const recent = rec({ id: 'recent', finishedAt: T0 + 1 });
    const input = [old, recent];
    expect(sortHistory(input).map((r) => r.id)).toEqual(['recent', 'old']);
    expect(input.map((r) => r.id)).toEqual(['old', 'recent']);
  });
});
