import { describe, expect, it } from 'vitest';
import { mixQueues } from '../../src/core/study-all';
import { buildQueue, type StudyCard } from '../../src/core/queue';
import { CardPhase, type CardState } from '../../src/core/review-state';
import { DEFAULT_SETTINGS, resolveSettings, toQueueOptions } from '../../src/core/settings';
import { card, NY, nyWinter, studiedState } from './helpers';

const now = nyWinter(2025, 1, 15, 12);
const st = (phase: CardPhase, due: number): CardState => studiedState(phase, due);
const sc = (deck: string, id: string, start: number, state?: CardState): StudyCard => ({ deck, card: card(id, start, start + 5), state });

describe('mixQueues', () => {
  it("mixes decks in Anki's order, each deck within its own limits", () => {
    const a = [sc('a', 'a-n1', 0), sc('a', 'a-n2', 10), sc('a', 'a-n3', 20), sc('a', 'a-r', 30, st(CardPhase.Review, now - 1000)), sc('a', 'a-ahead', 40, st(CardPhase.Learning, now + 5 * 60_000))];
    const b = [sc('b', 'b-n1', 0), sc('b', 'b-n2', 10), sc('b', 'b-l', 20, st(CardPhase.Relearning, now - 5)), sc('b', 'b-r', 30, st(CardPhase.Review, now - 5000))];
    const qa = buildQueue(a, { newDone: 0, reviewsDone: 0 }, now, toQueueOptions(resolveSettings(DEFAULT_SETTINGS, { newPerDay: 2 }), NY.timeZone));
    const qb = buildQueue(b, { newDone: 0, reviewsDone: 0 }, now, toQueueOptions(DEFAULT_SETTINGS, NY.timeZone));
    const q = mixQueues([qa, qb], now);
    expect(q.cards.map((c) => c.card.id)).toEqual(['b-l', 'b-r', 'a-r', 'a-n1', 'b-n1', 'a-n2', 'b-n2', 'a-ahead']);
    expect(q.counts).toEqual({ new: 4, learning: 2, review: 2 });
    expect(q.nextDue).toBe(qa.nextDue); // deck a holds a new card back until tomorrow
  });

  it('is empty with nothing to mix', () => {
    expect(mixQueues([], now)).toEqual({ cards: [], counts: { new: 0, learning: 0, review: 0 }, nextDue: undefined });
  });
});
