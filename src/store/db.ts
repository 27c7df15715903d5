/**
 * The app's one IndexedDB database, through idb-keyval. idb-keyval gives a single object store
 * without indexes, so records of every kind share it under prefixed keys (see keys.ts) and a
 * prefix is read as a key range. Nothing outside src/store opens IndexedDB.
 */
import { createStore, promisifyRequest, type UseStore } from 'idb-keyval';

export const DB_NAME = 'briefcards';
const STORE_NAME = 'records';

let store: UseStore | undefined;

/** The store, opened on first use and cached, as idb-keyval does for its default store. */
export function db(): UseStore {
  store ??= createStore(DB_NAME, STORE_NAME);
  return store;
}

/**
 * Tells the app's other tabs and windows that records changed. A BroadcastChannel does not
 * deliver a message to the object that sent it, so each tab hears only the others.
 */
let channel: BroadcastChannel | undefined;
function changes(): BroadcastChannel | undefined {
  if (!channel && typeof BroadcastChannel !== 'undefined') {
    channel = new BroadcastChannel('briefcards-changes');
    // Node (the tests) would otherwise keep running for the channel's sake.
    (channel as unknown as { unref?: () => void }).unref?.();
  }
  return channel;
}

export function announce(): void {
  changes()?.postMessage('changed');
}

/** Calls `listener` whenever another tab or window of the app has committed a change. */
export function onChangeElsewhere(listener: () => void): void {
  const c = changes();
  if (c) c.onmessage = () => listener();
}

/** Forget the cached connection: tests use it after replacing the IndexedDB implementation. */
export function resetDbForTests(): void {
  store = undefined;
}

/** Every record whose key starts with `prefix`, as [key, value] pairs in key order. */
export function readPrefix<T>(prefix: string): Promise<[string, T][]> {
  return db()('readonly', async (s) => {
    const range = IDBKeyRange.bound(prefix, prefix + '\uffff');
    const [keys, values] = await Promise.all([
      promisifyRequest(s.getAllKeys(range)),
      promisifyRequest(s.getAll(range)),
    ]);
    return keys.map((k, i) => [k as string, values[i] as T]);
  });
}

/**
 * Writes and deletes in one transaction: all of it lands or none of it does. Resolves only
 * when the transaction has completed, so a caller that awaits it knows the data is on disk.
 */
export function commit(puts: readonly [string, unknown][], deletes: readonly string[] = []): Promise<void> {
  return db()('readwrite', (s) => writeAll(s, puts, deletes)).then(announce);
}

/** Queues the writes on `s` and resolves when its transaction completes. */
function writeAll(s: IDBObjectStore, puts: readonly [string, unknown][], deletes: readonly string[]): Promise<void> {
  try {
    for (const [k, v] of puts) s.put(v, k);
    for (const k of deletes) s.delete(k);
  } catch (e) {
    // A put that throws (an uncloneable value, say) must not leave the earlier puts to commit.
    s.transaction.abort();
    throw e;
  }
  return promisifyRequest(s.transaction);
}

/** One record, or undefined. */
export function read<T>(key: string): Promise<T | undefined> {
  return db()('readonly', (s) => promisifyRequest(s.get(key) as IDBRequest<T | undefined>));
}

/** Thrown when a record changed under us: another tab or window wrote it since we read it. */
export class StaleRecordError extends Error {
  constructor() {
    super('This card was changed in another tab or window since this screen read it, so nothing was saved. Reload to see the latest progress.');
    this.name = 'StaleRecordError';
  }
}

function sameRecord(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || !a || !b) return false;
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(x), ...Object.keys(y)]);
  for (const k of keys) if (x[k] !== y[k]) return false;
  return true;
}

/**
 * commit(), but only if `key` still holds `expected` (undefined: no record), checked inside
 * the same transaction. Two tabs answering from the same old state would otherwise both write,
 * the second silently replacing the first.
 */
export function commitIfUnchanged(
  key: string,
  expected: unknown,
  puts: readonly [string, unknown][],
  deletes: readonly string[] = [],
): Promise<void> {
  return db()('readwrite', async (s) => {
    const found = await promisifyRequest(s.get(key));
    if (!sameRecord(found ?? undefined, expected ?? undefined)) {
      s.transaction.abort();
      throw new StaleRecordError();
    }
    return writeAll(s, puts, deletes);
  }).then(announce);
}
