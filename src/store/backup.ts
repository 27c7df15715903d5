/**
 * Export and restore of everything on the device. Export reads every record in one
 * transaction; restore checks the file, brings its records to the current schema, merges them
 * with what is stored (the rules are in src/core/backup.ts) and writes the result in one
 * readwrite transaction that also did the reading, so an answer saved meanwhile cannot be
 * overwritten by a merge computed without it. Lazy: only the settings screen loads it.
 */
import { promisifyRequest } from 'idb-keyval';
import { describeMerge, makeBackup, mergeBackup, validateBackup, type Backup, type MergeSummary } from '../core/backup';
import { bundledSlugs } from './bundled-decks';
import { announce, db } from './db';
import { SCHEMA_VERSION, ensureSchema, migrateRecords } from './schema';

export type RestoreResult = { ok: true; summary: MergeSummary; message: string } | { ok: false; error: string };

async function allRecords(s: IDBObjectStore): Promise<[string, unknown][]> {
  const [keys, values] = await Promise.all([promisifyRequest(s.getAllKeys()), promisifyRequest(s.getAll())]);
  return keys.map((k, i) => [String(k), values[i]]);
}

/** A backup of every record on the device, made at `now`. */
export async function exportAll(now: number = Date.now()): Promise<Backup> {
  await ensureSchema();
  const records = await db()('readonly', allRecords);
  return makeBackup(records, SCHEMA_VERSION, now);
}

/**
 * Restores a backup file's text into what is stored. A file that is not a usable backup
 * changes nothing and resolves to the reason in words; a storage failure rejects.
 */
export async function importBackup(text: string, now: number = Date.now()): Promise<RestoreResult> {
  const check = validateBackup(text, SCHEMA_VERSION);
  if (!check.ok) return check;
  await ensureSchema();
  const incoming = migrateRecords(new Map(check.backup.records), check.backup.schemaVersion);
  const summary = await db()('readwrite', async (s) => {
    const plan = mergeBackup(new Map(await allRecords(s)), { records: [...incoming], exportedAt: check.backup.exportedAt }, now, bundledSlugs);
    try {
      for (const [k, v] of plan.puts) s.put(v, k);
      for (const k of plan.deletes) s.delete(k);
    } catch (e) {
      s.transaction.abort();
      throw e;
    }
    await promisifyRequest(s.transaction);
    return plan.summary;
  });
  announce();
  return { ok: true, summary, message: describeMerge(summary) };
}
