import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { createStore, entries } from 'idb-keyval';
import { applyAnswer, undoAnswer, type AnswerWrites } from '../../src/core/answer';
import { createScheduler, preview } from '../../src/core/scheduler';
import type { CardState } from '../../src/core/review-state';
import type { DeckCard } from '../../src/core/deck';
import { loadLastUndo, loadTombstones, saveAnswerWrites, saveUndoWrites } from '../../src/store/answers';
import { loadFlags, saveFlags } from '../../src/store/flags';
import { loadLogs, loadStates } from '../../src/store/progress';
import { DB_NAME, resetDbForTests } from '../../src/store/db';
import { resetSchemaForTests } from '../../src/store/schema';
import { card, NY, nyWinter } from '../core/helpers';

const sched = createScheduler({ retention: 0.9, maximumInterval: 36500, learningSteps: ['1m', '10m'], relearningSteps: ['10m'], fuzz: false });
const T0 = nyWinter(2025, 1, 15, 12);
// a and b come from one sentence (siblings); c from another.
const cards: DeckCard[] = [card('a', 0, 50), card('b', 0, 50), card('c', 51, 90)];

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  resetDbForTests();
  resetSchemaForTests();
});

/** Everything in the database except the schema version, as plain key/value pairs. */
async function dump(): Promise<Record<string, unknown>> {
  const all = await entries(createStore(DB_NAME, 'records'));
  return Object.fromEntries(all.filter(([k]) => k !== 'meta:schema').map(([k, v]) => [String(k), v]));
}

let n = 0;
async function answer(cardId: string, grade: 1 | 2 | 3 | 4, at: number): Promise<AnswerWrites> {
  const states = await loadStates();
  const flags = await loadFlags();
  const c = cards.find((x) => x.id === cardId)!;
  const before = states.get(`d/${cardId}`);
  const w = applyAnswer({
    deck: 'd',
    card: c,
    before,
    flags: flags.get(`d/${cardId}`),
    outcome: preview(sched, before, at)[grade],
    cards: cards.map((x) => ({ deck: 'd', card: x, state: states.get(`d/${x.id}`), flags: flags.get(`d/${x.id}`) })),
    day: NY,
    unique: String(++n),
  });
  await saveAnswerWrites(w);
  return w;
}

async function undo(w: AnswerWrites, at: number, nextLast?: AnswerWrites) {
  const current = (await loadStates()).get(`d/${w.cardId}`);
  const r = undoAnswer(w.undo, current, at, sched);
  if (!r.ok) throw new Error(r.reason);
  await saveUndoWrites(r, nextLast?.undo);
  return r;
}

describe('answer and undo in storage', () => {
  it('one answer writes state, log, sibling burial and the undo record together', async () => {
    const w = await answer('a', 3, T0);
    const db = await dump();
    expect(db['state:d/a']).toEqual(w.state);
    expect(db[`log:d/${w.log.id}`]).toEqual(w.log);
    expect(db['flags:d/b']).toEqual({ buriedUntil: nyWinter(2025, 1, 16, 4) });
    expect(db['undo:last']).toEqual(w.undo);
    expect(Object.keys(db).sort()).toEqual(['flags:d/b', `log:d/${w.log.id}`, 'state:d/a', 'undo:last']);
  });

  it('undo gives back exactly the database before the answer, plus a tombstone', async () => {
    const first = await answer('c', 3, T0);
    const before = await dump();
    const second = await answer('a', 3, T0 + 60_000);
    const r = await undo(second, T0 + 120_000, first);

    const after = await dump();
    const tomb = after[`tomb:${second.log.id}`];
    expect(tomb).toEqual({ logId: second.log.id, deck: 'd', cardId: 'a', undoneAt: T0 + 120_000 });
    delete after[`tomb:${second.log.id}`];
    expect(after).toEqual(before);
    expect(r.state).toBeNull();
    expect(await loadTombstones()).toEqual([tomb]);
    // The answer before is the one a reload can still undo.
    expect(await loadLastUndo()).toEqual(first.undo);
  });

  it('several undos in a row restore a review card deep-equal, and leave nothing to undo', async () => {
    const a1 = await answer('c', 3, T0);
    const a2 = await answer('c', 3, T0 + 10 * 60_000);
    const inReview: CardState = (await loadStates()).get('d/c')!;
    const a3 = await answer('c', 1, inReview.due + 86_400_000);
    await undo(a3, inReview.due + 86_400_000 + 1000, a2);
    expect((await loadStates()).get('d/c')).toEqual(inReview);
    await undo(a2, inReview.due + 86_400_000 + 2000, a1);
    await undo(a1, inReview.due + 86_400_000 + 3000);
    expect((await loadStates()).has('d/c')).toBe(false);
    expect(await loadLogs()).toEqual([]);
    expect(await loadLastUndo()).toBeUndefined();
    expect((await loadTombstones()).map((t) => t.logId).sort()).toEqual([a1.log.id, a2.log.id, a3.log.id].sort());
  });

  it('undoing an answer unburies the siblings it buried', async () => {
    const w = await answer('a', 3, T0);
    expect((await loadFlags()).get('d/b')).toBeDefined();
    await undo(w, T0 + 1000);
    expect((await loadFlags()).has('d/b')).toBe(false);
  });

  it('a leech is suspended in the same transaction, and undo takes the suspension back', async () => {
    // A review card one lapse short of the threshold of 8.
    const state: CardState = { ...(preview(sched, undefined, T0)[4].state), lapses: 7 };
    const { commit } = await import('../../src/store/db');
    await commit([['state:d/c', state]]);
    const w = await answer('c', 1, state.due + 1000);
    expect(w.leech).toBe(true);
    expect((await loadFlags()).get('d/c')).toEqual({ leech: true, suspended: true });
    await undo(w, state.due + 2000);
    expect((await loadFlags()).has('d/c')).toBe(false);
    expect((await loadStates()).get('d/c')).toEqual(state);
  });

  it('a failed answer write leaves nothing behind', async () => {
    const w = await answer('a', 3, T0);
    const before = await dump();
    // A value IndexedDB cannot clone, in the last record written, makes the transaction fail.
    const bad = { ...w, cardId: 'c', log: { ...w.log, id: 'other' }, undo: { ...w.undo, oops: () => 1 } };
    await expect(saveAnswerWrites(bad)).rejects.toThrow();
    expect(await dump()).toEqual(before);
  });
});

describe('flags', () => {
  it('stores set flags and deletes a record once no flag is left', async () => {
    await saveFlags([{ deck: 'd', cardId: 'a', flags: { suspended: true } }]);
    expect(await loadFlags()).toEqual(new Map([['d/a', { suspended: true }]]));
    await saveFlags([{ deck: 'd', cardId: 'a', flags: {} }]);
    expect((await dump())['flags:d/a']).toBeUndefined();
  });

  it('when a card is listed twice the later entry wins', async () => {
    await saveFlags([
      { deck: 'd', cardId: 'a', flags: { suspended: true } },
      { deck: 'd', cardId: 'a', flags: {} },
    ]);
    expect(await loadFlags()).toEqual(new Map());
  });
});

describe('answers from two tabs', () => {
  it('refuses an answer computed from a state another tab has replaced, writing nothing', async () => {
    const { StaleRecordError } = await import('../../src/store/db');
    const t0 = Date.UTC(2025, 0, 15, 17);
    const sched2 = createScheduler();
    const first = applyAnswer({ deck: 'd', card: { id: 'z', source: { sentence: 's', start: 0, end: 1 } }, before: undefined, outcome: preview(sched2, undefined, t0)[3], day: { dayStartHour: 4, timeZone: 'UTC' }, unique: 'tab1' });
    await saveAnswerWrites(first);
    // The other tab still thinks the card is new and answers it too.
    const stale = applyAnswer({ deck: 'd', card: { id: 'z', source: { sentence: 's', start: 0, end: 1 } }, before: undefined, outcome: preview(sched2, undefined, t0 + 5000)[1], day: { dayStartHour: 4, timeZone: 'UTC' }, unique: 'tab2' });
    await expect(saveAnswerWrites(stale)).rejects.toBeInstanceOf(StaleRecordError);
    expect((await loadStates()).get('d/z')).toEqual(first.state);
    expect((await loadLogs()).map((l) => l.id)).toEqual([first.log.id]);
  });
});
