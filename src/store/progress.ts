/** Review progress: each card's FSRS state and the review log, keyed by deck slug and card id. */
import type { CardState, LogEntry } from '../core/review-state';
import { commit, readPrefix } from './db';
import { LOG_PREFIX, STATE_PREFIX, logKey, stateKey } from '../core/record-keys';
import { ensureSchema } from './schema';

/** All card states, keyed `${deck}/${cardId}` (the core's cardKey). */
export async function loadStates(): Promise<Map<string, CardState>> {
  await ensureSchema();
  const rows = await readPrefix<CardState>(STATE_PREFIX);
  return new Map(rows.map(([k, v]) => [k.slice(STATE_PREFIX.length), v]));
}

/** The review log of every deck, or of one, oldest first within a deck. */
export async function loadLogs(deck?: string): Promise<LogEntry[]> {
  await ensureSchema();
  const rows = await readPrefix<LogEntry>(deck === undefined ? LOG_PREFIX : `${LOG_PREFIX}${deck}/`);
  return rows.map(([, v]) => v);
}

/**
 * One answer: the card's new state and its log entry in a single transaction. Resolves once
 * the transaction is complete; the screen moves on only then, so no answer is lost to a crash.
 */
export async function saveAnswer(state: CardState, entry: LogEntry, extra: [string, unknown][] = []): Promise<void> {
  await ensureSchema();
  await commit([[stateKey(entry.deck, entry.cardId), state], [logKey(entry.deck, entry.id), entry], ...extra]);
}
