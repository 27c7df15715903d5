import { describe, expect, it } from 'vitest';
import { buildQueue, doneToday, type StudyCard } from '../../src/core/queue';
import { applyAnswer, undoAnswer } from '../../src/core/answer';
import { CardPhase, type CardState, type LogEntry, type ReviewLogData } from '../../src/core/review-state';
import { createScheduler, preview } from '../../src/core/scheduler';
import { DEFAULT_SETTINGS, resolveSettings, toQueueOptions } from '../../src/core/settings';
import { card, NY, nyWinter, studiedState } from './helpers';

const DAY = 86_400_000;
const now = nyWinter(2025, 1, 15, 12);
const opts = (newPerDay: number, reviewsPerDay: number) =>
  toQueueOptions(resolveSettings(DEFAULT_SETTINGS, { newPerDay, reviewsPerDay }), NY.timeZone);

const review = (due: number): CardState => studiedState(CardPhase.Review, due, 10, { stability: 10, reps: 3 });
const learning = (due: number): CardState => ({ ...review(due), state: CardPhase.Learning, scheduled_days: 0 });

const entry = (id: string, state: CardPhase, at: number): LogEntry => ({
  id,
  deck: 'd',
  cardId: id,
  log: { rating: 3, state, due: at, stability: 0, difficulty: 0, elapsed_days: 0, last_elapsed_days: 0, scheduled_days: 0, learning_steps: 0, review: at } as ReviewLogData,
});

const fresh = (n: number, from = 0): StudyCard[] =>
  Array.from({ length: n }, (_, i) => ({ deck: 'd', card: card(`n${from + i}`, (from + i) * 10, (from + i) * 10 + 9) }));
const reviews = (n: number): StudyCard[] =>
  Array.from({ length: n }, (_, i) => ({ deck: 'd', card: card(`r${i}`, 1000 + i * 10, 1009 + i * 10), state: review(now - (n - i) * 60_000) }));

describe('doneToday', () => {
  it('counts new cards started and reviews done since the study day began at 4 a.m.', () => {
    const logs = [
      entry('a', CardPhase.New, nyWinter(2025, 1, 15, 3, 59)), // yesterday's study day
      entry('b', CardPhase.New, nyWinter(2025, 1, 15, 4, 1)),
      entry('c', CardPhase.Review, nyWinter(2025, 1, 15, 4, 0)),
      entry('d', CardPhase.Review, nyWinter(2025, 1, 16, 1, 0)), // still the 15th's study day
      entry('e', CardPhase.Learning, nyWinter(2025, 1, 15, 9, 0)), // learning steps are not limited
      entry('f', CardPhase.Relearning, nyWinter(2025, 1, 15, 9, 0)),
    ];
    expect(doneToday(logs, nyWinter(2025, 1, 16, 1, 30), NY)).toEqual({ newDone: 1, reviewsDone: 2 });
    expect(doneToday(logs, nyWinter(2025, 1, 16, 3, 59), NY)).toEqual({ newDone: 1, reviewsDone: 2 });
    expect(doneToday(logs, nyWinter(2025, 1, 16, 4, 1), NY)).toEqual({ newDone: 0, reviewsDone: 0 });
  });
});

describe('daily limits in buildQueue', () => {
  it('shows at most the new-card limit, in article order, and says when more come', () => {
    const q = buildQueue(fresh(25), { newDone: 0, reviewsDone: 0 }, now, opts(20, 200));
    expect(q.counts).toEqual({ new: 20, learning: 0, review: 0 });
    expect(q.cards.map((c) => c.card.id)).toEqual(fresh(20).map((c) => c.card.id));
    expect(q.nextDue).toBe(nyWinter(2025, 1, 16, 4));
  });

  it('subtracts new cards already started today', () => {
    const q = buildQueue(fresh(25), { newDone: 18, reviewsDone: 0 }, now, opts(20, 200));
    expect(q.counts.new).toBe(2);
    expect(buildQueue(fresh(25), { newDone: 30, reviewsDone: 0 }, now, opts(20, 200)).counts.new).toBe(0);
  });

  it('a limit of 0 introduces no new cards', () => {
    expect(buildQueue(fresh(3), { newDone: 0, reviewsDone: 0 }, now, opts(0, 200)).cards).toEqual([]);
  });

  it('caps reviews, oldest due first, after subtracting those done today', () => {
    const q = buildQueue(reviews(5), { newDone: 0, reviewsDone: 1 }, now, opts(20, 3));
    expect(q.counts.review).toBe(2);
    expect(q.cards.map((c) => c.card.id)).toEqual(['r0', 'r1']);
  });

  it('never limits learning cards, and orders learning, reviews, then new', () => {
    const l: StudyCard = { deck: 'd', card: card('l', 5000, 5009), state: learning(now - 1) };
    const q = buildQueue([...fresh(2), ...reviews(2), l], { newDone: 20, reviewsDone: 200 }, now, opts(20, 200));
    expect(q.cards.map((c) => c.card.id)).toEqual(['l']);
    const q2 = buildQueue([...fresh(2), ...reviews(2), l], { newDone: 19, reviewsDone: 199 }, now, opts(20, 200));
    expect(q2.cards.map((c) => c.card.id)).toEqual(['l', 'r0', 'n0']);
  });

  it('an undone answer gives its new-card slot back, because its log entry is gone', () => {
    const sched = createScheduler({ ...DEFAULT_SETTINGS, fuzz: false });
    const cards = fresh(3);
    const logs: LogEntry[] = [];
    const w = applyAnswer({ deck: 'd', card: cards[0]!.card, before: undefined, outcome: preview(sched, undefined, now)[3], day: NY, unique: '1' });
    logs.push(w.log);
    const study = () => {
      const byId = new Map([[w.cardId, w.state]]);
      return buildQueue(
        cards.map((c) => ({ ...c, state: c.card.id === w.cardId && logs.length ? byId.get(c.card.id) : undefined })),
        doneToday(logs, now, NY),
        now,
        opts(2, 200),
      );
    };
    expect(study().counts).toEqual({ new: 1, learning: 1, review: 0 });
    const u = undoAnswer(w.undo, w.state, now);
    if (!u.ok) throw new Error(u.reason);
    logs.splice(logs.findIndex((e) => e.id === u.deleteLogId), 1);
    expect(study().counts).toEqual({ new: 2, learning: 0, review: 0 });
  });
});
