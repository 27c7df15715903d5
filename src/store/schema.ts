/**
 * The schema version of what is stored, and the migrations between versions. Every session
 * runs ensureSchema() before it reads anything, so code only ever sees the current shape.
 */
import { promisifyRequest } from 'idb-keyval';
import { db } from './db';
import { SCHEMA_KEY } from '../core/record-keys';

export const SCHEMA_VERSION = 1;

/**
 * migrations[n] upgrades version n to n + 1 inside one readwrite transaction, so a migration
 * that fails half-way leaves the data as it was. Version 0 is an empty database.
 */
const migrations: Record<number, (store: IDBObjectStore) => void> = {
  0: () => {},
};

export class SchemaError extends Error {}

/**
 * The same upgrades for the records of a backup, which arrive as a file, not in IndexedDB:
 * recordMigrations[n] turns records of version n into version n + 1, in place. Every
 * migration above needs its twin here, or a backup from before it could not be restored.
 */
export const recordMigrations: Record<number, (records: Map<string, unknown>) => void> = {
  0: () => {},
};

/** A backup's records brought from schema version `from` to SCHEMA_VERSION. */
export function migrateRecords(records: Map<string, unknown>, from: number): Map<string, unknown> {
  if (from > SCHEMA_VERSION) throw new SchemaError(`Records of data version ${from} are newer than this app (${SCHEMA_VERSION}).`);
  for (let v = from; v < SCHEMA_VERSION; v++) {
    const step = recordMigrations[v];
    if (!step) throw new SchemaError(`No migration of a backup's records from data version ${v}.`);
    step(records);
  }
  return records;
}

let ready: Promise<number> | undefined;

/** Brings the stored data to SCHEMA_VERSION once per session and resolves to that version. */
export function ensureSchema(): Promise<number> {
  ready ??= migrate().catch((e) => {
    ready = undefined;
    throw e;
  });
  return ready;
}

async function migrate(): Promise<number> {
  return db()('readwrite', async (s) => {
    const found = ((await promisifyRequest(s.get(SCHEMA_KEY))) as number | undefined) ?? 0;
    if (found > SCHEMA_VERSION) {
      throw new SchemaError(
        `Your progress was saved by a newer version of Briefcards (data version ${found}). Reload the page to get the newer app; nothing has been changed.`,
      );
    }
    for (let v = found; v < SCHEMA_VERSION; v++) migrations[v]!(s);
    if (found !== SCHEMA_VERSION) s.put(SCHEMA_VERSION, SCHEMA_KEY);
    await promisifyRequest(s.transaction);
    return SCHEMA_VERSION;
  });
}

/** For tests: forget that this session already migrated. */
export function resetSchemaForTests(): void {
  ready = undefined;
}
