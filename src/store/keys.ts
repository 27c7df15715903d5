/**
 * Every key the app writes, in one place. Prefixes keep kinds apart in the single object
 * store and let a kind be read as a key range; `/` separates deck slug and card id.
 */

export const SCHEMA_KEY = 'meta:schema';

export const STATE_PREFIX = 'state:';
export const LOG_PREFIX = 'log:';
/** The quiz in progress: one record, rewritten after every step, deleted when it finishes. */
export const QUIZ_CURRENT_KEY = 'quiz:current';
/** Finished quizzes; a prefix of its own so reading history never picks up the quiz in progress. */
export const QUIZ_RESULT_PREFIX = 'quiz:result:';

/** A card's FSRS state. */
export const stateKey = (deck: string, cardId: string) => `${STATE_PREFIX}${deck}/${cardId}`;
/** One review-log entry; log ids sort by time, so a deck's log reads in order. */
export const logKey = (deck: string, logId: string) => `${LOG_PREFIX}${deck}/${logId}`;

/** One finished quiz's result, under the deck slug it was taken on (or "all"). */
export const quizResultKey = (deck: string, resultId: string) => `${QUIZ_RESULT_PREFIX}${deck}/${resultId}`;

/** The deck slug and card id (or log id) inside a prefixed key. */
export function splitKey(key: string, prefix: string): { deck: string; id: string } {
  const rest = key.slice(prefix.length);
  const slash = rest.indexOf('/');
  return { deck: rest.slice(0, slash), id: rest.slice(slash + 1) };
}
