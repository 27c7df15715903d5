import { describe, expect, it } from 'vitest';
import {
  bury,
  isBuried,
  isEmptyFlags,
  isHidden,
  isLeechLapse,
  markLeech,
  siblingsToBury,
  suspend,
  unbury,
  unsuspend,
} from '../../src/core/card-flags';
import { buildQueue, DEFAULT_LIMITS } from '../../src/core/queue';
import { CardPhase, type CardState } from '../../src/core/review-state';
import { studyDay } from '../../src/core/study-day';
import { card, NY, nyWinter, studiedState } from './helpers';

const review = (due: number): CardState => studiedState(CardPhase.Review, due, 10, { stability: 10, reps: 3 });

describe('bury', () => {
  it('buries until 4 a.m. the next morning when buried in the evening', () => {
    const f = bury(undefined, nyWinter(2025, 1, 15, 22), NY);
    expect(f).toEqual({ buriedUntil: nyWinter(2025, 1, 16, 4) });
  });

  it('buries at 03:59 only until 04:00 the same morning: still the previous study day', () => {
    const at = nyWinter(2025, 1, 16, 3, 59);
    const f = bury({}, at, NY);
    expect(f.buriedUntil).toBe(nyWinter(2025, 1, 16, 4));
    expect(isBuried(f, at)).toBe(true);
    expect(isBuried(f, nyWinter(2025, 1, 16, 4, 1))).toBe(false);
  });

  it('buries at 04:01 until 04:00 the next day', () => {
    const f = bury({}, nyWinter(2025, 1, 16, 4, 1), NY);
    expect(f.buriedUntil).toBe(nyWinter(2025, 1, 17, 4));
    expect(isBuried(f, nyWinter(2025, 1, 17, 3, 59))).toBe(true);
    expect(isBuried(f, nyWinter(2025, 1, 17, 4, 0))).toBe(false);
  });

  it('ends exactly where the study day changes across the spring clock change', () => {
    // 2025-03-09 in New York has 23 hours. studyDay() is the local date of t − 4 h, so the
    // burial must end at the first instant studyDay() names the 9th, whatever the clocks did.
    const at = Date.UTC(2025, 2, 9, 3); // 22:00 EST on the 8th
    const f = bury({}, at, NY);
    const until = f.buriedUntil!;
    expect(studyDay(until - 60_000, NY)).toBe('2025-03-08');
    expect(studyDay(until, NY)).toBe('2025-03-09');
    expect(isBuried(f, until - 1)).toBe(true);
    expect(isBuried(f, until)).toBe(false);
  });

  it('keeps other flags and a later burial', () => {
    const later = nyWinter(2025, 1, 20, 4);
    expect(bury({ leech: true, buriedUntil: later }, nyWinter(2025, 1, 15, 12), NY)).toEqual({ leech: true, buriedUntil: later });
  });

  it('unbury brings the card back at once', () => {
    const now = nyWinter(2025, 1, 15, 12);
    const f = unbury(bury({ suspended: true }, now, NY));
    expect(f).toEqual({ suspended: true });
    expect(isBuried(f, now)).toBe(false);
  });
});

describe('suspend', () => {
  it('hides until unsuspended, whatever the day', () => {
    const f = suspend(undefined);
    expect(f).toEqual({ suspended: true });
    expect(isHidden(f, nyWinter(2030, 1, 1, 12))).toBe(true);
    expect(unsuspend(f)).toEqual({});
    expect(isEmptyFlags(unsuspend(f))).toBe(true);
    expect(isHidden(unsuspend(f), 0)).toBe(false);
  });

  it('unsuspending a leech keeps its tag so it can be found', () => {
    expect(unsuspend(markLeech({}))).toEqual({ leech: true });
  });

  it('retired cards are hidden; a leech tag alone is not', () => {
    expect(isHidden({ retired: true }, 0)).toBe(true);
    expect(isHidden({ leech: true }, 0)).toBe(false);
    expect(isHidden(undefined, 0)).toBe(false);
  });
});

describe('isHidden feeds the queue', () => {
  it('a suspended or buried card is not queued, and comes back when the burial ends', () => {
    const now = nyWinter(2025, 1, 15, 12);
    const cards = [card('a', 0, 10), card('b', 11, 20), card('c', 21, 30)];
    const flags = { a: suspend({}), b: bury({}, now, NY), c: {} } as Record<string, object>;
    const study = (t: number) =>
      buildQueue(
        cards.map((c) => ({ deck: 'd', card: c, hidden: isHidden(flags[c.id], t) })),
        { newDone: 0, reviewsDone: 0 },
        t,
        { limits: DEFAULT_LIMITS, day: NY },
      ).cards.map((s) => s.card.id);
    expect(study(now)).toEqual(['c']);
    expect(study(nyWinter(2025, 1, 16, 4, 1))).toEqual(['b', 'c']);
  });
});

describe('leech rule', () => {
  it("is Anki's: first at 8 lapses, then every 4 more", () => {
    const hits = Array.from({ length: 25 }, (_, i) => i).filter((n) => isLeechLapse(n));
    expect(hits).toEqual([8, 12, 16, 20, 24]);
  });
  it('follows another threshold', () => {
    // Half of an odd threshold rounds up, as in Anki: 5, then every 3.
    expect([3, 4, 5, 6, 7, 8, 9, 10, 11].filter((n) => isLeechLapse(n, 5))).toEqual([5, 8, 11]);
    expect(isLeechLapse(100, 0)).toBe(false);
  });
  it('tags and suspends', () => {
    expect(markLeech({ buriedUntil: 5 })).toEqual({ buriedUntil: 5, leech: true, suspended: true });
  });
});

describe('siblingsToBury', () => {
  const now = nyWinter(2025, 1, 15, 12);
  const a = card('a', 0, 40);
  const cards = [
    { deck: 'd', card: a },
    { deck: 'd', card: card('b', 0, 40) }, // new sibling
    { deck: 'd', card: card('c', 0, 40), state: review(now) }, // review sibling
    { deck: 'd', card: card('l', 0, 40), state: { ...review(now), state: CardPhase.Learning } },
    { deck: 'd', card: card('s', 0, 40), flags: { suspended: true } },
    { deck: 'd', card: card('x', 0, 41) }, // another span
    { deck: 'd', card: card('y', 41, 80) }, // another sentence
    { deck: 'other', card: card('z', 0, 40) }, // another deck
  ];

  it('buries new and review cards of the same sentence of the same deck, not the card itself', () => {
    expect(siblingsToBury({ deck: 'd', card: a }, cards, now, NY).map((c) => c.card.id)).toEqual(['b', 'c']);
  });

  it('skips siblings already buried until the next study day', () => {
    const buried = cards.map((c) => (c.card.id === 'b' ? { ...c, flags: bury({}, now, NY) } : c));
    expect(siblingsToBury({ deck: 'd', card: a }, buried, now, NY).map((c) => c.card.id)).toEqual(['c']);
  });

  it('re-buries a sibling whose burial from an earlier day has ended', () => {
    const old = cards.map((c) => (c.card.id === 'b' ? { ...c, flags: { buriedUntil: nyWinter(2025, 1, 10, 4) } } : c));
    expect(siblingsToBury({ deck: 'd', card: a }, old, now, NY).map((c) => c.card.id)).toEqual(['b', 'c']);
  });
});
