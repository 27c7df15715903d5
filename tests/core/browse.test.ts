import { describe, expect, it } from 'vitest';
import { browseCards, cardHistory, cardStates, cardStatus, foldForSearch, retrievabilityNow, sectionsOf, type BrowseCard } from '../../src/core/browse';
import { applyAnswer } from '../../src/core/answer';
import { CardPhase, type CardState, type LogEntry } from '../../src/core/review-state';
import { createScheduler, preview } from '../../src/core/scheduler';
import { card, NY, nyWinter, studiedState } from './helpers';

const now = nyWinter(2025, 1, 15, 12);
const DAY = 86_400_000;
const st = (phase: CardPhase, due: number): CardState => studiedState(phase, due);

const cards: BrowseCard[] = [
  { deck: 'd', card: card('n1', 0, 10, { section: 'Intro', prompt: 'Where is _____?', answer: 'Zürich', source: { sentence: 'Zürich is in Switzerland.', start: 0, end: 25 } }) },
  { deck: 'd', card: card('l1', 30, 40, { section: 'Intro', prompt: 'Summer in French', answer: 'été' }), state: st(CardPhase.Learning, now + 60_000) },
  { deck: 'd', card: card('r1', 50, 60, { section: 'History' }), state: st(CardPhase.Review, now + 3 * DAY) },
  { deck: 'd', card: card('r2', 70, 80, { section: 'History' }), state: st(CardPhase.Review, now - DAY), flags: { suspended: true } },
  { deck: 'd', card: card('b1', 90, 95, { section: 'History' }), flags: { buriedUntil: nyWinter(2025, 1, 16, 4) } },
  { deck: 'd', card: card('x1', 96, 99, { section: 'Gone' }), state: st(CardPhase.Review, now + DAY), flags: { retired: true } },
  { deck: 'e', card: card('n2', 0, 10, { section: 'Intro', prompt: 'Other deck', answer: 'yes' }), edit: { answer: 'Edited answer', editedAt: 1 } },
];
const ids = (xs: BrowseCard[]) => xs.map((c) => c.card.id);

describe('search', () => {
  it('folds case and accents', () => {
    expect(foldForSearch('  Été  à ZÜRICH ')).toBe('ete a zurich');
    expect(ids(browseCards(cards, { text: 'zurich' }, now))).toEqual(['n1']);
    expect(ids(browseCards(cards, { text: 'ETE' }, now))).toEqual(['l1']);
  });
  it('looks in the prompt, the answer and the sentence; every word must match', () => {
    expect(ids(browseCards(cards, { text: 'switzerland' }, now))).toEqual(['n1']);
    expect(ids(browseCards(cards, { text: 'where zurich' }, now))).toEqual(['n1']);
    expect(ids(browseCards(cards, { text: 'where summer' }, now))).toEqual([]);
  });
  it('finds the edited text, not the text the user replaced', () => {
    expect(ids(browseCards(cards, { text: 'edited' }, now))).toEqual(['n2']);
    expect(ids(browseCards(cards, { text: 'yes' }, now))).toEqual([]);
  });
  it('an empty search keeps everything', () => {
    expect(browseCards(cards, { text: '   ' }, now)).toHaveLength(cards.length);
  });
});

describe('filters', () => {
  it.each([
    ['new', ['n1', 'b1', 'n2']],
    ['learning', ['l1']],
    ['review', ['r2', 'r1']],
    ['suspended', ['r2']],
    ['buried', ['b1']],
    ['retired', ['x1']],
  ] as const)('by state %s', (state, expected) => {
    expect(ids(browseCards(cards, { states: [state] }, now)).sort()).toEqual([...expected].sort());
  });
  it('a burial that has ended no longer counts', () => {
    expect(ids(browseCards(cards, { states: ['buried'] }, nyWinter(2025, 1, 16, 4)))).toEqual([]);
  });
  it('several states keep cards in any of them', () => {
    expect(ids(browseCards(cards, { states: ['suspended', 'learning'] }, now)).sort()).toEqual(['l1', 'r2']);
  });
  it('by section and by deck', () => {
    expect(sectionsOf(cards)).toEqual(['Intro', 'History', 'Gone']);
    expect(ids(browseCards(cards, { section: 'History', sort: 'article' }, now))).toEqual(['r1', 'r2', 'b1']);
    expect(ids(browseCards(cards, { section: 'Intro', deck: 'e' }, now))).toEqual(['n2']);
  });
  it('one word of status per card, flags before phase', () => {
    expect(cards.map((c) => cardStatus(c, now))).toEqual(['new', 'learning', 'review', 'suspended', 'buried', 'retired', 'new']);
    expect([...cardStates(cards[3]!, now)].sort()).toEqual(['review', 'suspended']);
  });
});

describe('sort by due date', () => {
  it('soonest first, overdue at the top, never-studied last in article order', () => {
    expect(ids(browseCards(cards, {}, now))).toEqual(['r2', 'l1', 'x1', 'r1', 'n1', 'b1', 'n2']);
  });
  it('latest first', () => {
    expect(ids(browseCards(cards, { sort: 'due-desc' }, now))).toEqual(['r1', 'x1', 'l1', 'r2', 'n1', 'b1', 'n2']);
  });
  it('leaves the input order alone', () => {
    const before = ids(cards);
    browseCards(cards, { sort: 'due-desc' }, now);
    expect(ids(cards)).toEqual(before);
  });
});

describe('cardHistory and retrievability', () => {
  const sched = createScheduler({ retention: 0.9, maximumInterval: 36500, learningSteps: ['1m', '10m'], relearningSteps: ['10m'], fuzz: false });

  it('lists each answer with its date, grade name and the interval it gave', () => {
    const c = card('h', 0, 10);
    const logs: LogEntry[] = [];
    let state: CardState | undefined;
    let t = now;
    const labels: string[] = [];
    for (const g of [3, 3, 3] as const) {
      const outcome = preview(sched, state, t)[g];
      labels.push(outcome.label);
      const w = applyAnswer({ deck: 'd', card: c, before: state, outcome, day: NY, unique: String(t) });
      logs.push(w.log);
      state = w.state;
      t = Math.max(t + 60_000, state.due);
    }
    const rows = cardHistory([...logs].reverse(), state);
    expect(rows.map((r) => r.gradeName)).toEqual(['Good', 'Good', 'Good']);
    expect(rows.map((r) => r.date)).toEqual(logs.map((l) => l.log.review));
    // The history shows the same interval the button promised.
    expect(rows.map((r) => r.intervalLabel)).toEqual(labels);
    expect(rows[0]!.interval).toBe(10 * 60_000);

    expect(retrievabilityNow(sched, state, state!.last_review!)).toBeCloseTo(1, 5);
    const later = retrievabilityNow(sched, state, state!.due)!;
    expect(later).toBeGreaterThan(0.85);
    expect(later).toBeLessThan(0.95);
    expect(retrievabilityNow(sched, undefined, now)).toBeUndefined();
  });

  it('works out intervals of entries written without nextDue', () => {
    const c = card('h', 0, 10);
    const first = applyAnswer({ deck: 'd', card: c, before: undefined, outcome: preview(sched, undefined, now)[4], day: NY, unique: '1' });
    const t2 = first.state.due;
    const second = applyAnswer({ deck: 'd', card: c, before: first.state, outcome: preview(sched, first.state, t2)[3], day: NY, unique: '2' });
    const strip = ({ nextDue: _, ...e }: LogEntry) => e;
    const rows = cardHistory([strip(first.log), strip(second.log)], second.state);
    expect(rows[0]!.interval).toBe(first.state.scheduled_days * DAY);
    expect(rows[1]!.interval).toBe(second.state.due - t2);
    expect(cardHistory([strip(first.log)])[0]).toMatchObject({ interval: undefined, intervalLabel: '' });
  });
});
