/** Card flags (suspended, buried, leech, retired), one record per card that has any. */
import { isEmptyFlags, normalizeFlags, type CardFlags } from '../core/card-flags';
import type { FlagWrite } from '../core/answer';
import { commit, readPrefix } from './db';
import { FLAGS_PREFIX, flagsKey } from '../core/record-keys';
import { ensureSchema } from './schema';

/** Every card's flags, keyed `${deck}/${cardId}` (the core's cardKey). */
export async function loadFlags(): Promise<Map<string, CardFlags>> {
  await ensureSchema();
  const rows = await readPrefix<CardFlags>(FLAGS_PREFIX);
  return new Map(rows.map(([k, v]) => [k.slice(FLAGS_PREFIX.length), normalizeFlags(v)]));
}

/**
 * The puts and deletes that store `writes`, for a caller composing a larger transaction.
 * A card with no flag left loses its record rather than keeping `{}`. When a card is listed
 * twice the later entry wins, as applying the list in order would.
 */
export function flagRecords(writes: readonly FlagWrite[]): { puts: [string, CardFlags][]; deletes: string[] } {
  const last = new Map<string, CardFlags>();
  for (const w of writes) last.set(flagsKey(w.deck, w.cardId), normalizeFlags(w.flags));
  const puts: [string, CardFlags][] = [];
  const deletes: string[] = [];
  for (const [key, flags] of last) {
    if (isEmptyFlags(flags)) deletes.push(key);
    else puts.push([key, flags]);
  }
  return { puts, deletes };
}

/** Stores flag changes (bury, suspend, unsuspend…) in one transaction. */
export async function saveFlags(writes: readonly FlagWrite[]): Promise<void> {
  await ensureSchema();
  const { puts, deletes } = flagRecords(writes);
  await commit(puts, deletes);
}
