/**
 * Decks made on the device, and the learner's changes to any deck (rename, removal). A deck's
 * article is stored with it, so it studies, reads and updates offline like a bundled one.
 */
import { promisifyRequest } from 'idb-keyval';
import type { Deck, DeckFile, StoredDeck } from '../core/deck';
import { announce, commit, db, readPrefix } from './db';
import type { DeckGone } from '../core/backup';
import { DECK_PREFS_PREFIX, LAST_UNDO_KEY, QUIZ_CURRENT_KEY, USER_DECK_PREFIX, deckGoneKey, deckPrefsKey, isDeckKey, userDeckKey } from '../core/record-keys';
import { ensureSchema } from './schema';


/** What the learner changed about a deck. */
export interface DeckPrefs {
  /** A title of the learner's choosing, shown instead of the generated one. */
  title?: string;
  /** A bundled deck the learner removed: it stays hidden even though the app ships it. */
  removed?: boolean;
}

export async function loadUserDecks(): Promise<Deck[]> {
  await ensureSchema();
  const rows = await readPrefix<StoredDeck>(USER_DECK_PREFIX);
  return rows.map(([, s]) => ({ ...s.deck, article: s.article, bundled: false, retired: s.retired ?? [] }));
}

export async function loadDeckPrefs(): Promise<Map<string, DeckPrefs>> {
  await ensureSchema();
  const rows = await readPrefix<DeckPrefs>(DECK_PREFS_PREFIX);
  return new Map(rows.map(([k, v]) => [k.slice(DECK_PREFS_PREFIX.length), v]));
}

/**
 * Saves a new or regenerated deck with its article; card progress, keyed by id, is untouched.
 * A new deck clears the tombstone of a deleted deck that had its slug: it is another deck, and
 * restoring a backup made before then must not be kept from bringing its records.
 */
export async function saveUserDeck(deck: DeckFile, article: string, retired: string[], now: number): Promise<void> {
  await ensureSchema();
  const key = userDeckKey(deck.slug);
  await db()('readwrite', async (s) => {
    const old = (await promisifyRequest(s.get(key))) as StoredDeck | undefined;
    if (!old) s.delete(deckGoneKey(deck.slug));
    s.put({ deck, article, retired, createdAt: old?.createdAt ?? now, updatedAt: now } satisfies StoredDeck, key);
    return promisifyRequest(s.transaction);
  });
  announce();
}

export async function saveDeckPrefs(slug: string, prefs: DeckPrefs): Promise<void> {
  await ensureSchema();
  await commit([[deckPrefsKey(slug), prefs]]);
}

/**
 * Deletes a deck and everything recorded about it (progress, log, flags, edits, quiz results,
 * settings) in one transaction. A bundled deck cannot be erased from the app, so it is marked
 * removed instead. Either way a tombstone records when, so that restoring a backup made before
 * then does not bring the deck back (src/core/backup.ts).
 */
export async function deleteDeck(slug: string, bundled: boolean, now: number = Date.now()): Promise<void> {
  await ensureSchema();
  await db()('readwrite', async (s) => {
    const keys = (await promisifyRequest(s.getAllKeys())) as IDBValidKey[];
    for (const k of keys) if (typeof k === 'string' && isDeckKey(k, slug)) s.delete(k);
    // Two single records may point into the deck: the last answer's undo and the quiz on screen.
    const undo = (await promisifyRequest(s.get(LAST_UNDO_KEY))) as { log?: { deck?: string } } | undefined;
    if (undo?.log?.deck === slug) s.delete(LAST_UNDO_KEY);
    const quiz = (await promisifyRequest(s.get(QUIZ_CURRENT_KEY))) as { settings?: { deck?: string } } | undefined;
    if (quiz?.settings?.deck === slug) s.delete(QUIZ_CURRENT_KEY);
    if (bundled) s.put({ removed: true } satisfies DeckPrefs, deckPrefsKey(slug));
    // Written after the deletes, though isDeckKey does not match it: it must outlive the deck.
    s.put({ slug, deletedAt: now } satisfies DeckGone, deckGoneKey(slug));
    return promisifyRequest(s.transaction);
  });
  announce();
}
