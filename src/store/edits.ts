/**
 * The user's edits of cards, kept apart from the generated decks and keyed by deck slug and
 * card id, so regenerating a deck never overwrites them.
 */
import type { CardEdit } from '../core/deck-update';
import { commit, readPrefix } from './db';
import { EDIT_PREFIX, editKey } from '../core/record-keys';
import { ensureSchema } from './schema';

/** Every edit, keyed `${deck}/${cardId}` (the core's cardKey). */
export async function loadEdits(): Promise<Map<string, CardEdit>> {
  await ensureSchema();
  const rows = await readPrefix<CardEdit>(EDIT_PREFIX);
  return new Map(rows.map(([k, v]) => [k.slice(EDIT_PREFIX.length), v]));
}

/** Stores a card's edit; null deletes it, bringing the generated text back. */
export async function saveEdit(deck: string, cardId: string, edit: CardEdit | null): Promise<void> {
  await ensureSchema();
  await (edit ? commit([[editKey(deck, cardId), edit]]) : commit([], [editKey(deck, cardId)]));
}
