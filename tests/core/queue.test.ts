import { describe, expect, it } from 'vitest';
import { buildQueue, doneToday, LEARN_AHEAD_MS, type StudyCard } from '../../src/core/queue';
import { CardPhase, type CardState, type LogEntry } from '../../src/core/review-state';
import type { DeckCard } from '../../src/core/deck';

const DAY_OPTS = { dayStartHour: 4, timeZone: 'UTC' };
const NOW = Date.UTC(2025, 4, 10, 12, 0); // 12:00 UTC
const MIN = 60_000;
const DAY = 86_400_000;
const opts = { limits: { newPerDay: 3, reviewsPerDay: 2 }, day: DAY_OPTS };

function card(id: string): DeckCard {
  return { id, kind: 'cloze', section: '', prompt: `p ${id}`, answer: 'a', source: { sentence: 's', start: 0, end: 1 } };
}
function state(phase: CardPhase, due: number): CardState {
  return { due, stability: 1, difficulty: 5, elapsed_days: 0, scheduled_days: 0, learning_steps: 0, reps: 1, lapses: 0, state: phase };
}
const sc = (id: string, s?: CardState, hidden = false): StudyCard => ({ deck: 'd', card: card(id), state: s, hidden });
const ids = (cards: StudyCard[]) => cards.map((c) => c.card.id);

describe('study queue', () => {
  it('orders due learning cards, then reviews, then new cards in article order, then learn-ahead', () => {
    const cards = [
      sc('new1'),
      sc('rev-late', state(CardPhase.Review, NOW - DAY)),
      sc('learn-ahead', state(CardPhase.Learning, NOW + 8 * MIN)),
      sc('new2'),
      sc('learn-due', state(CardPhase.Relearning, NOW - MIN)),
      sc('rev-early', state(CardPhase.Review, NOW - 3 * DAY)),
      sc('new3'),
    ];
    const q = buildQueue(cards, { newDone: 0, reviewsDone: 0 }, NOW, opts);
    expect(ids(q.cards)).toEqual(['learn-due', 'rev-early', 'rev-late', 'new1', 'new2', 'new3', 'learn-ahead']);
    expect(q.counts).toEqual({ new: 3, learning: 2, review: 2 });
  });

  it('counts a review due later today, by the study day, as due now', () => {
    const tonight = Date.UTC(2025, 4, 11, 3, 30); // before 04:00: still today's study day
    const tomorrow = Date.UTC(2025, 4, 11, 4, 30);
    const q = buildQueue([sc('a', state(CardPhase.Review, tonight)), sc('b', state(CardPhase.Review, tomorrow))], { newDone: 0, reviewsDone: 0 }, NOW, opts);
    expect(ids(q.cards)).toEqual(['a']);
    expect(q.nextDue).toBe(tomorrow);
  });

  it('treats a learning card within 20 minutes as due, and reports a later one as next', () => {
    const q = buildQueue(
      [sc('soon', state(CardPhase.Learning, NOW + LEARN_AHEAD_MS)), sc('later', state(CardPhase.Learning, NOW + 25 * MIN))],
      { newDone: 0, reviewsDone: 0 },
      NOW,
      opts,
    );
    expect(ids(q.cards)).toEqual(['soon']);
    expect(q.nextDue).toBe(NOW + 25 * MIN);
  });

  it('applies the daily limits, less what was done today, and reopens tomorrow', () => {
    const cards = ['n1', 'n2', 'n3', 'n4'].map((id) => sc(id)).concat(['r1', 'r2', 'r3'].map((id) => sc(id, state(CardPhase.Review, NOW - DAY))));
    const q = buildQueue(cards, { newDone: 2, reviewsDone: 1 }, NOW, opts);
    expect(q.counts).toEqual({ new: 1, learning: 0, review: 1 });
    expect(q.nextDue).toBe(Date.UTC(2025, 4, 11, 4, 0));
  });

  it('never queues hidden (suspended or buried) cards', () => {
    const q = buildQueue([sc('a', undefined, true), sc('b')], { newDone: 0, reviewsDone: 0 }, NOW, opts);
    expect(ids(q.cards)).toEqual(['b']);
  });

  it('counts new cards started and reviews done in the current study day only', () => {
    const entry = (review: number, phase: CardPhase): LogEntry => ({
      id: String(review),
      deck: 'd',
      cardId: 'c',
      log: { rating: 3, state: phase, due: review, stability: 1, difficulty: 5, elapsed_days: 0, last_elapsed_days: 0, scheduled_days: 0, learning_steps: 0, review },
    });
    const logs = [
      entry(NOW - 60 * MIN, CardPhase.New),
      entry(NOW - 50 * MIN, CardPhase.Learning),
      entry(NOW - 40 * MIN, CardPhase.Review),
      entry(Date.UTC(2025, 4, 10, 3, 59), CardPhase.New), // yesterday's study day
      entry(Date.UTC(2025, 4, 10, 4, 1), CardPhase.Review),
    ];
    expect(doneToday(logs, NOW, DAY_OPTS)).toEqual({ newDone: 1, reviewsDone: 2 });
  });
});
