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
  return db()('readwrite', (s) => {
    try {
      for (const [k, v] of puts) s.put(v, k);
      for (const k of deletes) s.delete(k);
    } catch (e) {
      // A put that throws (an uncloneable value, say) must not leave the earlier puts to commit.
      s.transaction.abort();
      throw e;
    }
    return promisifyRequest(s.transaction);
  });
}

/** One record, or undefined. */
export function read<T>(key: string): Promise<T | undefined> {
  return db()('readonly', (s) => promisifyRequest(s.get(key) as IDBRequest<T | undefined>));
}
