/**
 * One answer and one undo, each as a single transaction: the records src/core/answer.ts
 * computes land together or not at all. The latest answer's undo record is kept too, so the
 * last answer can still be undone after a reload.
 */
import type { AnswerWrites, Tombstone, UndoRecord, UndoWrites } from '../core/answer';
import { commitIfUnchanged, read, readPrefix } from './db';
import { flagRecords } from './flags';
import { LAST_UNDO_KEY, TOMB_PREFIX, logKey, stateKey, tombKey } from '../core/record-keys';
import { ensureSchema } from './schema';

/**
 * Writes the card's new state, its log entry, the flags of buried siblings and of a new
 * leech, and the undo record, in one transaction. Resolves once it has completed; rejects
 * with StaleRecordError, writing nothing, when the card's stored state is no longer the one
 * the answer was computed from.
 */
export async function saveAnswerWrites(w: AnswerWrites): Promise<void> {
  await ensureSchema();
  const flags = flagRecords(w.flags);
  await commitIfUnchanged(
    stateKey(w.deck, w.cardId),
    w.undo.before ?? undefined,
    [[stateKey(w.deck, w.cardId), w.state], [logKey(w.log.deck, w.log.id), w.log], ...flags.puts, [LAST_UNDO_KEY, w.undo]],
    flags.deletes,
  );
}

/**
 * Takes an answer back in one transaction: the earlier state restored (or deleted when the
 * card was new), the log entry deleted, the flags restored and a tombstone written.
 * It is refused (StaleRecordError) when the stored state is no longer the one the answer
 * wrote (`u.expected`). `nextLast` is the undo record that becomes the latest (the
 * answer before, in this session), or undefined when none is left to undo.
 */
export async function saveUndoWrites(u: UndoWrites, nextLast?: UndoRecord): Promise<void> {
  await ensureSchema();
  const flags = flagRecords(u.flags);
  const puts: [string, unknown][] = [...flags.puts, [tombKey(u.tombstone.logId), u.tombstone]];
  const deletes = [logKey(u.deck, u.deleteLogId), ...flags.deletes];
  if (u.state) puts.push([stateKey(u.deck, u.cardId), u.state]);
  else deletes.push(stateKey(u.deck, u.cardId));
  if (nextLast) puts.push([LAST_UNDO_KEY, nextLast]);
  else deletes.push(LAST_UNDO_KEY);
  await commitIfUnchanged(stateKey(u.deck, u.cardId), u.expected, puts, deletes);
}

/** The undo record of the latest answer not undone, if any. */
export async function loadLastUndo(): Promise<UndoRecord | undefined> {
  await ensureSchema();
  return read<UndoRecord>(LAST_UNDO_KEY);
}

/** Every tombstone: the answers undone, which a backup merge must not bring back. */
export async function loadTombstones(): Promise<Tombstone[]> {
  await ensureSchema();
  return (await readPrefix<Tombstone>(TOMB_PREFIX)).map(([, v]) => v);
}
