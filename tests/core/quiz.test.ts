import { describe, expect, it } from 'vitest';
import type { DeckCard } from '../../src/core/deck';
import {
  ABANDON_AFTER_MS,
  WHO_SAID_LEAD,
  answer,
  createQuiz,
  currentQuestion,
  currentResponse,
  giveUp,
  next,
  practiceQuiz,
  quizSize,
  results,
  resumeQuiz,
  tick,
  timeLeftMs,
  type QuizCard,
  type QuizSettings,
  type QuizState,
} from '../../src/core/quiz';

const T0 = Date.UTC(2024, 4, 1, 9, 0, 0);
const SEC = 1000;

function card(i: number, extra: Partial<DeckCard> = {}): DeckCard {
  const answer = `Answer ${i}`;
  return {
    id: `card${i}`,
    kind: 'cloze',
    section: '',
    prompt: `Prompt ${i} with a _____.`,
    answer,
    choices: [answer, `Wrong ${i}a`, `Wrong ${i}b`, `Wrong ${i}c`, `Wrong ${i}d`],
    source: { sentence: `Sentence ${i} with a ${answer}.`, start: i * 100, end: i * 100 + 40 },
    ...extra,
  };
}

/** 30 ordinary multiple-choice cards in deck "a". */
const DECK: QuizCard[] = Array.from({ length: 30 }, (_, i) => ({ deck: 'a', card: card(i) }));

const settings = (over: Partial<QuizSettings> = {}): QuizSettings => ({
  questionCount: 10,
  secondsPerQuestion: 20,
  seed: 1234,
  deck: 'a',
  ...over,
});

const key = (q: { deck: string; cardId: string }) => `${q.deck}/${q.cardId}`;

function wrongOption(s: QuizState): string {
  const q = currentQuestion(s)!;
  return q.options.find((o) => o !== q.answer)!;
}

describe('createQuiz', () => {
  it('asks the chosen number of questions, never the same card twice', () => {
    const q = createQuiz(DECK, settings({ questionCount: 20 }), T0);
    expect(q.questions).toHaveLength(20);
    expect(new Set(q.questions.map(key)).size).toBe(20);
    expect(q.phase).toBe('question');
    expect(q.index).toBe(0);
    expect(q.deadline).toBe(T0 + 20 * SEC);
  });

  it("asks every card for 'all', and all of them when there are fewer than asked", () => {
    expect(createQuiz(DECK, settings({ questionCount: 'all' }), T0).questions).toHaveLength(30);
    const few = DECK.slice(0, 4);
    const q = createQuiz(few, settings({ questionCount: 10 }), T0);
    expect(q.questions.map(key).sort()).toEqual(few.map((c) => `a/${c.card.id}`).sort());
    expect(quizSize(few, 10)).toBe(4);
    expect(quizSize(DECK, 20)).toBe(20);
    expect(quizSize(DECK, 'all')).toBe(30);
  });

  it('asks a card listed twice only once', () => {
    const doubled = [...DECK.slice(0, 5), ...DECK.slice(0, 5)];
    const q = createQuiz(doubled, settings({ questionCount: 'all' }), T0);
    expect(q.questions).toHaveLength(5);
    expect(new Set(q.questions.map(key)).size).toBe(5);
  });

  it('treats the same card id in two decks as two cards', () => {
    const twoDecks: QuizCard[] = [
      { deck: 'a', card: card(1) },
      { deck: 'b', card: card(1, { prompt: 'Another prompt _____.' }) },
    ];
    expect(createQuiz(twoDecks, settings({ questionCount: 'all' }), T0).questions).toHaveLength(2);
  });

  it('replays exactly from the same seed', () => {
    const a = createQuiz(DECK, settings({ seed: 99 }), T0);
    const b = createQuiz(DECK, settings({ seed: 99 }), T0);
    expect(b).toEqual(a);
  });

  it('picks another order from another seed', () => {
    const a = createQuiz(DECK, settings({ seed: 1, questionCount: 'all' }), T0);
    const b = createQuiz(DECK, settings({ seed: 2, questionCount: 'all' }), T0);
    expect(b.questions.map(key)).not.toEqual(a.questions.map(key));
    // Same cards, different order.
    expect([...b.questions.map(key)].sort()).toEqual([...a.questions.map(key)].sort());
  });

  it('does not simply keep deck order', () => {
    const q = createQuiz(DECK, settings({ questionCount: 'all' }), T0);
    expect(q.questions.map(key)).not.toEqual(DECK.map((c) => `a/${c.card.id}`));
  });

  it('gives every multiple-choice question four distinct options including the answer', () => {
    for (let seed = 0; seed < 20; seed++) {
      const q = createQuiz(DECK, settings({ seed, questionCount: 'all' }), T0);
      for (const question of q.questions) {
        expect(question.mode).toBe('choice');
        expect(question.options).toHaveLength(4);
        expect(new Set(question.options).size).toBe(4);
        expect(question.options).toContain(question.answer);
        const source = DECK.find((c) => c.card.id === question.cardId)!.card;
        for (const o of question.options) expect(source.choices).toContain(o);
      }
    }
  });

  it('shuffles where the answer stands among the options', () => {
    const q = createQuiz(DECK, settings({ questionCount: 'all' }), T0);
    const positions = new Set(q.questions.map((x) => x.options.indexOf(x.answer)));
    expect(positions.size).toBe(4);
  });

  it('draws distractors from all of a card’s choices, not always the first three', () => {
    const used = new Set<string>();
    for (let seed = 0; seed < 30; seed++) {
      const q = createQuiz([DECK[0]!], settings({ seed }), T0);
      for (const o of q.questions[0]!.options) used.add(o);
    }
    expect(used.size).toBe(5);
  });

  it('asks a quote as "Who said it?" with the quote as the prompt', () => {
    const quote = card(1, {
      kind: 'who-said',
      prompt: '“We will not be intimidated.”',
      answer: 'Yaşar Güler',
      choices: ['Yaşar Güler', 'Ilham Aliyev', 'Jeyhun Bayramov', 'Hossein Amir-Abdollahian'],
    });
    const q = createQuiz([{ deck: 'a', card: quote }], settings(), T0);
    const question = currentQuestion(q)!;
    expect(question.lead).toBe(WHO_SAID_LEAD);
    expect(question.prompt).toBe('“We will not be intimidated.”');
    expect(question.mode).toBe('choice');
    expect([...question.options].sort()).toEqual([...quote.choices!].sort());
    // Other kinds have no lead.
    expect(createQuiz(DECK, settings(), T0).questions.every((x) => x.lead === '')).toBe(true);
  });

  it('makes a card without enough choices a type-in question', () => {
    const noChoices = card(1);
    delete noChoices.choices;
    const three = card(2, { choices: ['Answer 2', 'X', 'Y'] });
    // "the Answer 3" reads as the answer, so only two real distractors remain.
    const lookalike = card(3, { choices: ['Answer 3', 'the Answer 3', 'X', 'Y'] });
    const q = createQuiz(
      [noChoices, three, lookalike].map((c) => ({ deck: 'a', card: c })),
      settings({ questionCount: 'all' }),
      T0,
    );
    for (const question of q.questions) {
      expect(question.mode).toBe('type-in');
      expect(question.options).toEqual([]);
    }
  });

  it('never shows two options that read the same', () => {
    const c = card(1, { choices: ['Answer 1', 'THE answer 1', 'Baku', 'baku', 'Tehran', 'Ankara'] });
    for (let seed = 0; seed < 20; seed++) {
      const o = createQuiz([{ deck: 'a', card: c }], settings({ seed }), T0).questions[0]!.options;
      expect(o).toHaveLength(4);
      expect(o).not.toContain('THE answer 1');
      expect(o.includes('Baku') && o.includes('baku')).toBe(false);
    }
  });

  it('refuses to start without cards', () => {
    expect(() => createQuiz([], settings(), T0)).toThrow(/no cards/);
    expect(quizSize([], 10)).toBe(0);
  });

  it('has no deadline without a time limit', () => {
    const q = createQuiz(DECK, settings({ secondsPerQuestion: null }), T0);
    expect(q.deadline).toBeNull();
    expect(timeLeftMs(q, T0 + 3_600_000)).toBeNull();
    expect(tick(q, T0 + 3_600_000)).toBe(q);
  });

  it('leaves its input untouched', () => {
    const frozen = DECK.map((c) => Object.freeze({ deck: c.deck, card: Object.freeze({ ...c.card }) }));
    const before = JSON.stringify(frozen);
    createQuiz(frozen, settings(), T0);
    expect(JSON.stringify(frozen)).toBe(before);
  });
});

describe('answering and scoring', () => {
  it('marks a right choice right and shows feedback', () => {
    let s = createQuiz(DECK, settings(), T0);
    const q = currentQuestion(s)!;
    s = answer(s, q.answer, T0 + 4 * SEC);
    expect(s.phase).toBe('feedback');
    expect(currentResponse(s)).toEqual({ given: q.answer, correct: true, timedOut: false, askedAt: T0, answeredAt: T0 + 4 * SEC });
    expect(currentQuestion(s)).toBe(q); // the feedback still shows the question, with its sentence
  });

  it('marks a wrong choice wrong', () => {
    let s = createQuiz(DECK, settings(), T0);
    const wrong = wrongOption(s);
    s = answer(s, wrong, T0 + SEC);
    expect(currentResponse(s)!.correct).toBe(false);
    expect(currentResponse(s)!.given).toBe(wrong);
  });

  it('ignores a second answer and a choice that is not an option', () => {
    const s0 = createQuiz(DECK, settings(), T0);
    expect(answer(s0, 'not an option', T0 + SEC)).toBe(s0);
    const s1 = answer(s0, currentQuestion(s0)!.answer, T0 + SEC);
    expect(answer(s1, wrongOption(s0), T0 + 2 * SEC)).toBe(s1);
    expect(giveUp(s1, T0 + 2 * SEC)).toBe(s1);
  });

  it('scores a whole quiz as N of M with its mistakes, their answers and sentences', () => {
    let s = createQuiz(DECK, settings({ questionCount: 10 }), T0);
    let t = T0;
    const wrongAt = new Set([1, 4, 7]);
    for (let i = 0; i < 10; i++) {
      t += 3 * SEC;
      s = answer(s, wrongAt.has(i) ? wrongOption(s) : currentQuestion(s)!.answer, t);
      t += 2 * SEC; // reading the feedback
      s = next(s, t);
    }
    expect(s.phase).toBe('finished');
    expect(s.finishedAt).toBe(T0 + 50 * SEC);
    const r = results(s);
    expect(r.score).toBe(7);
    expect(r.total).toBe(10);
    expect(r.accuracy).toBeCloseTo(0.7);
    expect(r.timedOut).toBe(0);
    expect(r.durationMs).toBe(50 * SEC);
    expect(r.answeringMs).toBe(30 * SEC);
    expect(r.mistakes.map((m) => m.question.cardId)).toEqual([1, 4, 7].map((i) => s.questions[i]!.cardId));
    for (const m of r.mistakes) {
      const source = DECK.find((c) => c.card.id === m.question.cardId)!.card;
      expect(m.question.answer).toBe(source.answer);
      expect(m.question.sentence).toBe(source.source.sentence);
      expect(m.given).not.toBe(source.answer);
      expect(m.timedOut).toBe(false);
    }
  });

  it('checks type-in answers leniently but not blindly', () => {
    const quote = card(1, { kind: 'who-said', prompt: '“Enough.”', answer: 'Yaşar Güler' });
    delete quote.choices;
    const s0 = createQuiz([{ deck: 'a', card: quote }], settings(), T0);
    expect(currentQuestion(s0)!.mode).toBe('type-in');
    expect(answer(s0, '   ', T0 + SEC)).toBe(s0); // a stray Enter costs nothing
    expect(currentResponse(answer(s0, 'yasar guler', T0 + SEC))!.correct).toBe(true);
    expect(currentResponse(answer(s0, 'Yaşar Güler.', T0 + SEC))!.correct).toBe(true);
    expect(currentResponse(answer(s0, 'Guler', T0 + SEC))!.correct).toBe(false);
  });

  it('counts giving up as a mistake with nothing given', () => {
    let s = createQuiz(DECK.slice(0, 1), settings({ secondsPerQuestion: null }), T0);
    s = giveUp(s, T0 + 5 * SEC);
    expect(currentResponse(s)).toMatchObject({ given: null, correct: false, timedOut: false });
    s = next(s, T0 + 6 * SEC);
    expect(results(s)).toMatchObject({ score: 0, total: 1, timedOut: 0 });
  });

  it('moves on to the next question with a fresh deadline', () => {
    let s = createQuiz(DECK, settings({ secondsPerQuestion: 10 }), T0);
    s = answer(s, currentQuestion(s)!.answer, T0 + 2 * SEC);
    expect(next(createQuiz(DECK, settings(), T0), T0)).toMatchObject({ phase: 'question', index: 0 }); // no-op outside feedback
    s = next(s, T0 + 7 * SEC);
    expect(s).toMatchObject({ phase: 'question', index: 1, askedAt: T0 + 7 * SEC, deadline: T0 + 17 * SEC });
  });
});

describe('the clock', () => {
  it('computes the time left from timestamps, however rarely it is asked', () => {
    const s = createQuiz(DECK, settings({ secondsPerQuestion: 30 }), T0);
    expect(timeLeftMs(s, T0)).toBe(30 * SEC);
    // A hidden tab may not tick for 25 s; the answer is still right when it comes back.
    expect(timeLeftMs(s, T0 + 25 * SEC)).toBe(5 * SEC);
    expect(timeLeftMs(s, T0 + 99 * SEC)).toBe(0);
    // A clock set back cannot grant more than the limit.
    expect(timeLeftMs(s, T0 - 60 * SEC)).toBe(30 * SEC);
  });

  it('times a question out at its deadline and not before', () => {
    const s0 = createQuiz(DECK, settings({ secondsPerQuestion: 10 }), T0);
    expect(tick(s0, T0 + 9_999)).toBe(s0);
    const s1 = tick(s0, T0 + 10 * SEC);
    expect(s1.phase).toBe('feedback');
    expect(currentResponse(s1)).toEqual({ given: null, correct: false, timedOut: true, askedAt: T0, answeredAt: T0 + 10 * SEC });
    expect(tick(s1, T0 + 11 * SEC)).toBe(s1);
  });

  it('records a late tick as timing out at the deadline, not at the tick', () => {
    const s = tick(createQuiz(DECK, settings({ secondsPerQuestion: 10 }), T0), T0 + 40 * SEC);
    expect(currentResponse(s)!.answeredAt).toBe(T0 + 10 * SEC);
    expect(s.updatedAt).toBe(T0 + 40 * SEC);
  });

  it('counts an answer after the deadline as a time-out, even the right one', () => {
    const s0 = createQuiz(DECK, settings({ secondsPerQuestion: 10 }), T0);
    const s1 = answer(s0, currentQuestion(s0)!.answer, T0 + 10 * SEC);
    expect(currentResponse(s1)).toMatchObject({ given: null, correct: false, timedOut: true });
  });

  it('scores a timed quiz in which one question times out', () => {
    let s = createQuiz(DECK, settings({ questionCount: 5, secondsPerQuestion: 10 }), T0);
    let t = T0;
    for (let i = 0; i < 5; i++) {
      if (i === 2) {
        t += 12 * SEC;
        s = tick(s, t);
      } else {
        t += 4 * SEC;
        s = answer(s, currentQuestion(s)!.answer, t);
      }
      t += SEC;
      s = next(s, t);
    }
    const r = results(s);
    expect(r).toMatchObject({ score: 4, total: 5, timedOut: 1 });
    expect(r.accuracy).toBeCloseTo(0.8);
    expect(r.mistakes).toHaveLength(1);
    expect(r.mistakes[0]).toMatchObject({ question: s.questions[2], given: null, timedOut: true });
    // 4 answers of 4 s and one time-out of 10 s, not the 12 s until the late tick.
    expect(r.answeringMs).toBe(26 * SEC);
    expect(r.durationMs).toBe(t - T0);
  });
});

describe('resumeQuiz', () => {
  const saved = (s: QuizState): unknown => JSON.parse(JSON.stringify(s));

  it('survives a JSON round trip unchanged', () => {
    const s = createQuiz(DECK, settings(), T0);
    expect(saved(s)).toEqual(s);
  });

  it('resumes a question with the time the clock says is left', () => {
    const s = createQuiz(DECK, settings({ secondsPerQuestion: 30 }), T0);
    const out = resumeQuiz(saved(s), T0 + 12 * SEC);
    expect(out).toEqual({ status: 'resumed', state: s, timedOutWhileAway: false });
    if (out.status !== 'resumed') throw new Error('expected resumed');
    expect(timeLeftMs(out.state, T0 + 12 * SEC)).toBe(18 * SEC);
    // And the quiz goes on from there.
    const after = answer(out.state, currentQuestion(out.state)!.answer, T0 + 13 * SEC);
    expect(currentResponse(after)!.correct).toBe(true);
  });

  it('times out a question whose deadline passed while the page was away', () => {
    let s = createQuiz(DECK, settings({ secondsPerQuestion: 10 }), T0);
    s = next(answer(s, currentQuestion(s)!.answer, T0 + 2 * SEC), T0 + 3 * SEC);
    const out = resumeQuiz(saved(s), T0 + 5 * 60 * SEC);
    expect(out.status).toBe('resumed');
    if (out.status !== 'resumed') return;
    expect(out.timedOutWhileAway).toBe(true);
    expect(out.state.phase).toBe('feedback');
    expect(out.state.index).toBe(1);
    expect(currentResponse(out.state)).toEqual({ given: null, correct: false, timedOut: true, askedAt: T0 + 3 * SEC, answeredAt: T0 + 13 * SEC });
    expect(results(next(out.state, T0 + 5 * 60 * SEC)).score).toBe(1);
  });

  it('resumes feedback and untimed questions as they were', () => {
    const s = createQuiz(DECK, settings(), T0);
    const f = answer(s, wrongOption(s), T0 + SEC);
    expect(resumeQuiz(saved(f), T0 + 30 * 60 * SEC)).toEqual({ status: 'resumed', state: f, timedOutWhileAway: false });
    const untimed = createQuiz(DECK, settings({ secondsPerQuestion: null }), T0);
    expect(resumeQuiz(saved(untimed), T0 + 60 * 60 * SEC)).toMatchObject({ status: 'resumed', timedOutWhileAway: false });
  });

  it('abandons a quiz left for longer than ABANDON_AFTER_MS', () => {
    const s = createQuiz(DECK, settings(), T0);
    expect(resumeQuiz(saved(s), T0 + ABANDON_AFTER_MS).status).toBe('resumed');
    expect(resumeQuiz(saved(s), T0 + ABANDON_AFTER_MS + 1)).toEqual({ status: 'abandoned', reason: 'stale' });
  });

  it('measures the absence from the last step, not from the start', () => {
    let s = createQuiz(DECK, settings({ secondsPerQuestion: null }), T0);
    const later = T0 + ABANDON_AFTER_MS - SEC;
    s = answer(s, currentQuestion(s)!.answer, later);
    expect(resumeQuiz(saved(s), later + 10 * SEC).status).toBe('resumed');
  });

  it('resumes a finished quiz on its results however old', () => {
    let s = createQuiz(DECK.slice(0, 1), settings(), T0);
    s = next(answer(s, currentQuestion(s)!.answer, T0 + SEC), T0 + 2 * SEC);
    const out = resumeQuiz(saved(s), T0 + 10 * ABANDON_AFTER_MS);
    expect(out).toMatchObject({ status: 'resumed', state: { phase: 'finished' } });
  });

  it('abandons anything it cannot read', () => {
    const s = createQuiz(DECK, settings(), T0);
    const bad: unknown[] = [
      undefined,
      null,
      'quiz',
      [],
      { ...s, version: 2 },
      { ...s, questions: [] },
      { ...s, index: 10 },
      { ...s, phase: 'paused' },
      { ...s, phase: 'feedback' }, // feedback without a response
      { ...s, startedAt: '2024-05-01' },
      { ...s, questions: s.questions.map((q, i) => (i === 0 ? { ...q, options: ['x'] } : q)) },
    ];
    for (const b of bad) expect(resumeQuiz(b, T0)).toEqual({ status: 'abandoned', reason: 'unreadable' });
  });
});

describe('practiceQuiz', () => {
  function finishedWithMistakes(): QuizState {
    let s = createQuiz(DECK, settings({ questionCount: 10, secondsPerQuestion: 20 }), T0);
    let t = T0;
    for (let i = 0; i < 10; i++) {
      t += SEC;
      s = i % 3 === 0 ? answer(s, wrongOption(s), t) : answer(s, currentQuestion(s)!.answer, t);
      s = next(s, t);
    }
    return s;
  }

  it('asks just the mistaken cards, as practice', () => {
    const quiz = finishedWithMistakes();
    const mistaken = results(quiz).mistakes.map((m) => key(m.question));
    expect(mistaken).toHaveLength(4);
    const p = practiceQuiz(quiz, { seed: 7 }, T0 + 60 * SEC);
    expect(p.practice).toBe(true);
    expect(p.phase).toBe('question');
    expect(p.startedAt).toBe(T0 + 60 * SEC);
    expect([...p.questions.map(key)].sort()).toEqual([...mistaken].sort());
    for (const q of p.questions) {
      const original = quiz.questions.find((x) => key(x) === key(q))!;
      expect([...q.options].sort()).toEqual([...original.options].sort());
      expect(q.answer).toBe(original.answer);
    }
    expect(p.settings).toMatchObject({ deck: 'a', questionCount: 'all', seed: 7, secondsPerQuestion: 20 });
    expect(p.deadline).toBe(T0 + 80 * SEC);
  });

  it('can be untimed, is seeded, and leaves the quiz as it was', () => {
    const quiz = finishedWithMistakes();
    const before = JSON.stringify(quiz);
    const p = practiceQuiz(quiz, { seed: 7, secondsPerQuestion: null }, T0);
    expect(p.deadline).toBeNull();
    expect(practiceQuiz(quiz, { seed: 7, secondsPerQuestion: null }, T0)).toEqual(p);
    expect(JSON.stringify(quiz)).toBe(before);
  });

  it('refuses when there is nothing to practise', () => {
    let s = createQuiz(DECK.slice(0, 1), settings(), T0);
    s = next(answer(s, currentQuestion(s)!.answer, T0 + SEC), T0 + SEC);
    expect(() => practiceQuiz(s, { seed: 1 }, T0)).toThrow(/no mistakes/);
  });
});
