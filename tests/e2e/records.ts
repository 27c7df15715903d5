/** Reads what the app stored in IndexedDB, straight from the browser, for end-to-end checks. */
import type { Page } from '@playwright/test';

/** Every record of the app's database, as { key: value }. */
export function readRecords(page: Page): Promise<Record<string, unknown>> {
  return page.evaluate(
    () =>
      new Promise<Record<string, unknown>>((resolve, reject) => {
        const open = indexedDB.open('briefcards');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction('records', 'readonly');
          const store = tx.objectStore('records');
          const keys = store.getAllKeys();
          const values = store.getAll();
          tx.oncomplete = () => {
            const out: Record<string, unknown> = {};
            keys.result.forEach((k, i) => (out[String(k)] = values.result[i]));
            db.close();
            resolve(out);
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}

/** The keys of the records whose key starts with `prefix`. */
export async function keysWith(page: Page, prefix: string): Promise<string[]> {
  return Object.keys(await readRecords(page)).filter((k) => k.startsWith(prefix));
}
