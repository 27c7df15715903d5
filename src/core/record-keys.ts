/**
 * The names of every record the app keeps, in one place: the storage layer (src/store) writes
 * records under them, and a backup file (backup.ts) is made of the same records, so the naming
 * is part of the data format and lives in the pure core. Prefixes keep kinds apart in the
 * single object store and let a kind be read as a key range; `/` separates deck slug and card id.
 */

export const SCHEMA_KEY = 'meta:schema';

export const STATE_PREFIX = 'state:';
export const LOG_PREFIX = 'log:';
/** The quiz in progress: one record, rewritten after every step, deleted when it finishes. */
export const QUIZ_CURRENT_KEY = 'quiz:current';
/** Finished quizzes; a prefix of its own so reading history never picks up the quiz in progress. */
export const QUIZ_RESULT_PREFIX = 'quiz:result:';
export const FLAGS_PREFIX = 'flags:';
export const TOMB_PREFIX = 'tomb:';
export const EDIT_PREFIX = 'edit:';
export const DECK_SETTINGS_PREFIX = 'settings:deck:';

/** The app-wide study settings. */
export const APP_SETTINGS_KEY = 'settings:app';
/** The undo record of the latest answer not yet undone, so it can be undone after a reload. */
export const LAST_UNDO_KEY = 'undo:last';

/** A card's FSRS state. */
export const stateKey = (deck: string, cardId: string) => `${STATE_PREFIX}${deck}/${cardId}`;
/** One review-log entry; log ids sort by time, so a deck's log reads in order. */
export const logKey = (deck: string, logId: string) => `${LOG_PREFIX}${deck}/${logId}`;
/** A card's flags (suspended, buried, leech, retired); absent when none is set. */
export const flagsKey = (deck: string, cardId: string) => `${FLAGS_PREFIX}${deck}/${cardId}`;
/** Proof that the answer with this log id was undone; log ids are unique across decks. */
export const tombKey = (logId: string) => `${TOMB_PREFIX}${logId}`;
/** The user's edit of a card's prompt and answer, kept apart from the generated deck. */
export const editKey = (deck: string, cardId: string) => `${EDIT_PREFIX}${deck}/${cardId}`;
/** A deck's override of the app-wide settings. */
export const deckSettingsKey = (deck: string) => `${DECK_SETTINGS_PREFIX}${deck}`;

/** One finished quiz's result, under the deck slug it was taken on (or "all"). */
export const quizResultKey = (deck: string, resultId: string) => `${QUIZ_RESULT_PREFIX}${deck}/${resultId}`;

/** The deck slug and card id (or log id) inside a prefixed key. */
export function splitKey(key: string, prefix: string): { deck: string; id: string } {
  const rest = key.slice(prefix.length);
  const slash = rest.indexOf('/');
  return { deck: rest.slice(0, slash), id: rest.slice(slash + 1) };
}

export const USER_DECK_PREFIX = 'deck:';
export const DECK_PREFS_PREFIX = 'deckprefs:';
export const DECK_GONE_PREFIX = 'deckgone:';

/** A deck made on the device: its deck file and article text. */
export const userDeckKey = (slug: string) => `${USER_DECK_PREFIX}${slug}`;
/** The studied cards of a bundled deck, to notice which ones a new version drops. */
export const snapshotKey = (slug: string) => `seen:${slug}`;
/** What the learner changed about a deck: its title, or that a bundled deck was removed. */
export const deckPrefsKey = (slug: string) => `${DECK_PREFS_PREFIX}${slug}`;
/**
 * Proof that a deck was deleted (a user-made deck) or removed (a bundled one), so restoring a
 * backup made before then cannot bring it back. Not deck-scoped: deleting a deck writes it, and
 * only making a new deck under the same slug clears it.
 */
export const deckGoneKey = (slug: string) => `${DECK_GONE_PREFIX}${slug}`;

/**
 * Every prefix under which records belong to one deck, as `<prefix><slug>` or
 * `<prefix><slug>/<id>`. A new per-deck kind of record must be listed here, or deleting a deck
 * would leave it behind.
 */
export const DECK_SCOPED_PREFIXES: readonly string[] = [
  STATE_PREFIX,
  LOG_PREFIX,
  FLAGS_PREFIX,
  EDIT_PREFIX,
  DECK_SETTINGS_PREFIX,
  USER_DECK_PREFIX,
  DECK_PREFS_PREFIX,
  'seen:',
  QUIZ_RESULT_PREFIX,
];

/** A deck-scoped key in parts: `${prefix}${deck}${rest}`, rest empty or `/<id>`; undefined for other keys. */
function deckKeyParts(key: string): { prefix: string; deck: string; rest: string } | undefined {
  const prefix = DECK_SCOPED_PREFIXES.find((p) => key.startsWith(p) && key.length > p.length);
  if (prefix === undefined) return undefined;
  const tail = key.slice(prefix.length);
  const slash = tail.indexOf('/');
  return slash < 0 ? { prefix, deck: tail, rest: '' } : { prefix, deck: tail.slice(0, slash), rest: tail.slice(slash) };
}

/** The deck slug a deck-scoped key belongs to, or undefined for a key of no one deck. */
export function deckOfKey(key: string): string | undefined {
  return deckKeyParts(key)?.deck;
}

/** The same record moved to deck `to`; `key` itself when it belongs to no deck. */
export function moveDeckKey(key: string, to: string): string {
  const parts = deckKeyParts(key);
  return parts ? parts.prefix + to + parts.rest : key;
}

/** Whether `key` holds data of deck `slug` (and so goes when the deck is deleted). */
export function isDeckKey(key: string, slug: string): boolean {
  return DECK_SCOPED_PREFIXES.some((p) => key === p + slug || key.startsWith(`${p}${slug}/`));
}
