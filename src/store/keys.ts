/**
 * Every key the app writes, in one place. Prefixes keep kinds apart in the single object
 * store and let a kind be read as a key range; `/` separates deck slug and card id.
 */

export const SCHEMA_KEY = 'meta:schema';

export const STATE_PREFIX = 'state:';
export const LOG_PREFIX = 'log:';

/** A card's FSRS state. */
export const stateKey = (deck: string, cardId: string) => `${STATE_PREFIX}${deck}/${cardId}`;
/** One review-log entry; log ids sort by time, so a deck's log reads in order. */
export const logKey = (deck: string, logId: string) => `${LOG_PREFIX}${deck}/${logId}`;

/** The deck slug and card id (or log id) inside a prefixed key. */
export function splitKey(key: string, prefix: string): { deck: string; id: string } {
  const rest = key.slice(prefix.length);
  const slash = rest.indexOf('/');
  return { deck: rest.slice(0, slash), id: rest.slice(slash + 1) };
}

export const USER_DECK_PREFIX = 'deck:';
export const DECK_PREFS_PREFIX = 'deckprefs:';

/** A deck made on the device: its deck file and article text. */
export const userDeckKey = (slug: string) => `${USER_DECK_PREFIX}${slug}`;
/** What the learner changed about a deck: its title, or that a bundled deck was removed. */
export const deckPrefsKey = (slug: string) => `${DECK_PREFS_PREFIX}${slug}`;

/**
 * Whether `key` belongs to deck `slug`. Every per-deck key is `<kind>[:<kind>…]:<slug>` or the
 * same followed by `/<id>`; that rule is what lets a deck's data be deleted without a list of kinds.
 */
export function isDeckKey(key: string, slug: string): boolean {
  const escaped = slug.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^[a-z-]+(?::[a-z-]+)*:${escaped}(?:/|$)`).test(key);
}
