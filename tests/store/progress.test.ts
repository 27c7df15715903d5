import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { get } from 'idb-keyval';
import { createStore } from 'idb-keyval';
import { loadLogs, loadStates, saveAnswer } from '../../src/store/progress';
import { DB_NAME, resetDbForTests } from '../../src/store/db';
import { SCHEMA_VERSION, ensureSchema, resetSchemaForTests } from '../../src/store/schema';
import { SCHEMA_KEY } from '../../src/core/record-keys';
import { createScheduler, preview } from '../../src/core/scheduler';
import type { LogEntry } from '../../src/core/review-state';

const T0 = Date.UTC(2025, 0, 6, 15, 0);

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  resetDbForTests();
  resetSchemaForTests();
});

const rawStore = () => createStore(DB_NAME, 'records');

function answer(deck: string, cardId: string, at: number, prev?: Parameters<typeof preview>[1]) {
  const outcome = preview(createScheduler(), prev, at)[3];
  const entry: LogEntry = { id: `${at.toString(36)}-x`, deck, cardId, log: outcome.log };
  return { outcome, entry };
}

describe('progress store', () => {
  it('round-trips card states and the full review log', async () => {
    const a = answer('deck-one', 'card1', T0);
    await saveAnswer(a.outcome.state, a.entry);
    const b = answer('deck-one', 'card1', T0 + 600_000, a.outcome.state);
    await saveAnswer(b.outcome.state, b.entry);
    const c = answer('deck-two', 'card9', T0 + 1000);
    await saveAnswer(c.outcome.state, c.entry);

    const states = await loadStates();
    expect(states.get('deck-one/card1')).toEqual(b.outcome.state);
    expect(states.get('deck-two/card9')).toEqual(c.outcome.state);
    expect(states.size).toBe(2);

    expect(await loadLogs()).toEqual([a.entry, b.entry, c.entry]);
    expect(await loadLogs('deck-one')).toEqual([a.entry, b.entry]);
  });

  it('records the schema version when the database is first opened', async () => {
    expect(await ensureSchema()).toBe(SCHEMA_VERSION);
    expect(await get(SCHEMA_KEY, rawStore())).toBe(SCHEMA_VERSION);
  });

  it('refuses data written by a newer version, without touching it', async () => {
    const { set } = await import('idb-keyval');
    await set(SCHEMA_KEY, SCHEMA_VERSION + 1, rawStore());
    await expect(loadStates()).rejects.toThrow(/newer version of Briefcards/);
    expect(await get(SCHEMA_KEY, rawStore())).toBe(SCHEMA_VERSION + 1);
  });

  it('writes state and log in one transaction: a failed write leaves neither', async () => {
    const a = answer('d', 'c', T0);
    // A value IndexedDB cannot clone makes the put throw inside the transaction.
    await expect(saveAnswer(a.outcome.state, a.entry, [['bad:x', () => 1]])).rejects.toThrow();
    expect((await loadStates()).size).toBe(0);
    expect(await loadLogs()).toEqual([]);
  });
});
