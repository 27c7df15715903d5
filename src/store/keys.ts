/**
 * Every key the app writes, in one place. Prefixes keep kinds apart in the single object
 * store and let a kind be read as a key range; `/` separates deck slug and card id.
 */

export const SCHEMA_KEY = 'meta:schema';

export const STATE_PREFIX = 'state:';
export const LOG_PREFIX = 'log:';
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

/** The deck slug and card id (or log id) inside a prefixed key. */
export function splitKey(key: string, prefix: string): { deck: string; id: string } {
  const rest = key.slice(prefix.length);
  const slash = rest.indexOf('/');
  return { deck: rest.slice(0, slash), id: rest.slice(slash + 1) };
}
