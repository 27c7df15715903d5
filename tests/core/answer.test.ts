import { describe, expect, it } from 'vitest';
import { applyAnswer, logId, rollbackAgrees, undoAnswer, type AnswerWrites, type UndoRecord } from '../../src/core/answer';
import { isHidden, type CardFlags } from '../../src/core/card-flags';
import type { DeckCard } from '../../src/core/deck';
import { CardPhase, type CardState, type Grade, type LogEntry } from '../../src/core/review-state';
import { createScheduler, preview, rollback } from '../../src/core/scheduler';
import { card, NY, nyWinter } from './helpers';

const sched = createScheduler({ retention: 0.9, maximumInterval: 36500, learningSteps: ['1m', '10m'], relearningSteps: ['10m'], fuzz: false });
const DAY = 86_400_000;

/** A stand-in for the store: applies exactly the records core asks to write or delete. */
class FakeStore {
  states = new Map<string, CardState>();
  logs = new Map<string, LogEntry>();
  flags = new Map<string, CardFlags>();
  tombstones: string[] = [];
  write(w: AnswerWrites) {
    this.states.set(w.cardId, w.state);
    this.logs.set(w.log.id, w.log);
    for (const f of w.flags) this.flags.set(f.cardId, f.flags);
  }
  undo(u: UndoRecord, now: number) {
    const r = undoAnswer(u, this.states.get(u.log.cardId), now, sched);
    if (!r.ok) throw new Error(r.reason);
    if (r.state) this.states.set(r.cardId, r.state);
    else this.states.delete(r.cardId);
    this.logs.delete(r.deleteLogId);
    for (const f of r.flags) {
      if (Object.keys(f.flags).length) this.flags.set(f.cardId, f.flags);
      else this.flags.delete(f.cardId);
    }
    this.tombstones.push(r.tombstone.logId);
  }
  snapshot() {
    return structuredClone({ states: [...this.states], logs: [...this.logs], flags: [...this.flags] });
  }
}

const deck: DeckCard[] = [card('a', 0, 50), card('b', 0, 50), card('c', 51, 90), card('d', 51, 90), card('e', 91, 120)];

let counter = 0;
function answer(store: FakeStore, cardId: string, grade: Grade, now: number): AnswerWrites {
  const c = deck.find((x) => x.id === cardId)!;
  const before = store.states.get(cardId);
  const outcome = preview(sched, before, now)[grade];
  const w = applyAnswer({
    deck: 'd',
    card: c,
    before,
    flags: store.flags.get(cardId),
    outcome,
    cards: deck.map((x) => ({ deck: 'd', card: x, state: store.states.get(x.id), flags: store.flags.get(x.id) })),
    day: NY,
    unique: String(++counter),
  });
  store.write(w);
  return w;
}

describe('applyAnswer', () => {
  const now = nyWinter(2025, 1, 15, 12);

  it('writes the previewed state, a log with a sortable unique id, and buries the siblings', () => {
    const store = new FakeStore();
    const p = preview(sched, undefined, now);
    const w = applyAnswer({
      deck: 'd',
      card: deck[0]!,
      before: undefined,
      outcome: p[3],
      cards: deck.map((x) => ({ deck: 'd', card: x })),
      day: NY,
      unique: 'x7',
    });
    store.write(w);
    expect(w.state).toEqual(p[3].state);
    expect(w.log).toEqual({ id: `${now.toString(36).padStart(9, '0')}-x7`, deck: 'd', cardId: 'a', log: p[3].log, nextDue: p[3].state.due });
    expect(w.leech).toBe(false);
    expect(w.buried).toEqual(['b']);
    expect(w.flags).toEqual([{ deck: 'd', cardId: 'b', flags: { buriedUntil: nyWinter(2025, 1, 16, 4) } }]);
    expect(w.undo).toEqual({
      log: w.log,
      before: null,
      after: p[3].state,
      flagsBefore: [{ deck: 'd', cardId: 'b', flags: {} }],
      flagsAfter: [{ deck: 'd', cardId: 'b', flags: { buriedUntil: nyWinter(2025, 1, 16, 4) } }],
    });
    expect(isHidden(store.flags.get('b'), now)).toBe(true);
    expect(isHidden(store.flags.get('b'), nyWinter(2025, 1, 16, 4))).toBe(false);
  });

  it('stores what the button promised: the state is a copy, not the preview object', () => {
    const p = preview(sched, undefined, now);
    const w = applyAnswer({ deck: 'd', card: deck[4]!, before: undefined, outcome: p[2], day: NY, unique: '1' });
    expect(w.state).toEqual(p[2].state);
    expect(w.state).not.toBe(p[2].state);
    expect(w.state.due - now).toBe(p[2].state.due - now);
  });

  it('refuses an outcome computed from another state of the card', () => {
    const first = preview(sched, undefined, now)[3];
    expect(() =>
      applyAnswer({ deck: 'd', card: deck[0]!, before: first.state, outcome: first, day: NY, unique: '1' }),
    ).toThrow(/another state/);
  });

  it('refuses an empty unique part', () => {
    const p = preview(sched, undefined, now);
    expect(() => applyAnswer({ deck: 'd', card: deck[0]!, before: undefined, outcome: p[3], day: NY, unique: '' })).toThrow();
  });

  it('log ids sort as the review times do, across digit-count changes', () => {
    const ids = [1, 35, 36, 1e12, 2.9e12, 4e12].map((t) => logId(t, 'z'));
    expect([...ids].sort()).toEqual(ids);
  });
});

describe('undoAnswer', () => {
  const t0 = nyWinter(2025, 1, 15, 12);

  it('restores exactly the earlier state of a review card and removes its log', () => {
    const store = new FakeStore();
    answer(store, 'e', 3, t0);
    answer(store, 'e', 3, t0 + 10 * 60_000);
    const reviewAt = store.states.get('e')!.due + DAY;
    const before = structuredClone(store.states.get('e')!);
    expect(before.state).toBe(CardPhase.Review);
    const snap = store.snapshot();

    const w = answer(store, 'e', 1, reviewAt); // a lapse
    expect(store.states.get('e')!.lapses).toBe(1);
    store.undo(w.undo, reviewAt + 5_000);

    expect(store.states.get('e')).toEqual(before);
    expect(store.logs.has(w.log.id)).toBe(false);
    expect(store.snapshot()).toEqual(snap);
    expect(store.tombstones).toEqual([w.log.id]);
  });

  it('gives a tombstone naming the log and the time of the undo', () => {
    const store = new FakeStore();
    const w = answer(store, 'e', 3, t0);
    const r = undoAnswer(w.undo, store.states.get('e'), t0 + 1234);
    expect(r).toMatchObject({ ok: true, state: null, deleteLogId: w.log.id, tombstone: { logId: w.log.id, deck: 'd', cardId: 'e', undoneAt: t0 + 1234 } });
  });

  it("agrees with ts-fsrs's rollback on the memory state, which cannot rebuild the due date", () => {
    const store = new FakeStore();
    answer(store, 'e', 4, t0);
    const reviewAt = store.states.get('e')!.due + 2 * DAY;
    const before = store.states.get('e')!;
    const w = answer(store, 'e', 3, reviewAt);
    expect(rollbackAgrees(sched, w.undo)).toBe(true);
    const rebuilt = rollback(sched, w.state, w.log.log);
    expect(rebuilt).toMatchObject({ stability: before.stability, difficulty: before.difficulty, reps: before.reps, state: before.state });
    // Why the undo record keeps the earlier state itself: rollback puts the review time in `due`.
    expect(rebuilt.due).not.toBe(before.due);
  });

  it('refuses a damaged undo record instead of writing it', () => {
    const store = new FakeStore();
    answer(store, 'e', 4, t0);
    const w = answer(store, 'e', 3, store.states.get('e')!.due);
    const damaged: UndoRecord = { ...w.undo, before: { ...w.undo.before!, stability: 99 } };
    expect(undoAnswer(damaged, store.states.get('e'), t0, sched)).toMatchObject({ ok: false });
  });

  it('undoes several answers in a row back to the start of the session', () => {
    const store = new FakeStore();
    answer(store, 'e', 4, t0 - 30 * DAY); // studied before the session
    const start = store.snapshot();
    const stack: UndoRecord[] = [];
    let t = t0;
    for (const [id, g] of [['a', 3], ['c', 1], ['c', 3], ['e', 1], ['c', 3], ['e', 3]] as const) {
      stack.push(answer(store, id, g, t).undo);
      t += 11 * 60_000;
    }
    expect(store.logs.size).toBe(7);
    expect(store.flags.get('b')?.buriedUntil).toBeDefined();
    expect(store.flags.get('d')?.buriedUntil).toBeDefined();
    while (stack.length) store.undo(stack.pop()!, t);
    expect(store.snapshot()).toEqual(start);
    expect(store.tombstones).toHaveLength(6);
  });

  it('takes back only the burial it made: a suspension made in the browser since stays', () => {
    const now = nyWinter(2025, 1, 15, 12);
    const p = preview(sched, undefined, now);
    const w = applyAnswer({ deck: 'd', card: deck[0]!, before: undefined, outcome: p[3], cards: deck.map((x) => ({ deck: 'd', card: x })), day: NY, unique: 'u1' });
    expect(w.buried).toEqual(['b']);
    // Later the learner suspends the buried sibling in the browser.
    const since: Record<string, CardFlags> = { b: { buriedUntil: nyWinter(2025, 1, 16, 4), suspended: true } };
    const r = undoAnswer(w.undo, w.state, now + 60_000, sched, (_d, id) => since[id]);
    if (!r.ok) throw new Error(r.reason);
    expect(r.flags).toEqual([{ deck: 'd', cardId: 'b', flags: { suspended: true } }]);
    // Without the current flags (an undo record kept from before), the earlier flags come back whole.
    const old = undoAnswer({ ...w.undo, flagsAfter: undefined }, w.state, now + 60_000, sched, (_d, id) => since[id]);
    if (!old.ok) throw new Error(old.reason);
    expect(old.flags).toEqual([{ deck: 'd', cardId: 'b', flags: {} }]);
  });

  it('refuses to undo an older answer of a card answered again since', () => {
    const store = new FakeStore();
    const first = answer(store, 'e', 3, t0);
    answer(store, 'e', 3, t0 + 60_000);
    const r = undoAnswer(first.undo, store.states.get('e'), t0 + 120_000);
    expect(r).toEqual({ ok: false, reason: 'This card was answered again since; undo the later answer first.' });
  });
});

describe('leeches', () => {
  it('at the 8th lapse the card is tagged leech and suspended, the result says so, and undo takes it back', () => {
    const store = new FakeStore();
    let t = nyWinter(2025, 1, 15, 12);
    let leechAt: AnswerWrites | undefined;
    const lapsesSeen: number[] = [];
    // Review card: forget it (Again); relearning: Good until it is back in review.
    answer(store, 'e', 4, t);
    while (!leechAt) {
      const s = store.states.get('e')!;
      t = Math.max(t + 60_000, s.due);
      const w = answer(store, 'e', s.state === CardPhase.Review ? 1 : 3, t);
      if (w.state.lapses > s.lapses) lapsesSeen.push(w.state.lapses);
      if (w.leech) leechAt = w;
      else expect(store.flags.get('e')?.suspended).toBeUndefined();
      expect(lapsesSeen.length).toBeLessThanOrEqual(8);
    }
    expect(lapsesSeen).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(leechAt.state.lapses).toBe(8);
    expect(leechAt.flags).toContainEqual({ deck: 'd', cardId: 'e', flags: { leech: true, suspended: true } });
    expect(isHidden(store.flags.get('e'), t + 365 * DAY)).toBe(true);

    store.undo(leechAt.undo, t);
    expect(store.flags.has('e')).toBe(false);
    expect(store.states.get('e')!.lapses).toBe(7);
  });

  it('a lapse from 7 to 8 makes a leech; passing the review at 7 lapses does not', () => {
    const now = nyWinter(2025, 1, 15, 12);
    const base = preview(sched, undefined, now)[4].state;
    const at7: CardState = { ...base, lapses: 7 };
    const t = at7.due + DAY;
    const p = preview(sched, at7, t);
    const again = applyAnswer({ deck: 'd', card: deck[4]!, before: at7, outcome: p[1], day: NY, unique: '1' });
    const good = applyAnswer({ deck: 'd', card: deck[4]!, before: at7, outcome: p[3], day: NY, unique: '2' });
    expect(again.leech).toBe(true);
    expect(good.leech).toBe(false);
    expect(good.flags).toEqual([]);
  });
});
