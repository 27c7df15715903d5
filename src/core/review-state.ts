/**
 * Scheduling state as stored on the device: ts-fsrs's Card and ReviewLog with every
 * Date replaced by epoch milliseconds, so IndexedDB and backups never hold Date objects.
 */

/** FSRS learning state, the same numbers as ts-fsrs's State enum (a plain object: no enum emit). */
export const CardPhase = { New: 0, Learning: 1, Review: 2, Relearning: 3 } as const;
export type CardPhase = (typeof CardPhase)[keyof typeof CardPhase];

/** The four answer buttons, the same numbers as ts-fsrs's Rating. */
export type Grade = 1 | 2 | 3 | 4;
export const GRADES: readonly Grade[] = [1, 2, 3, 4];
export const GRADE_NAMES: Record<Grade, string> = { 1: 'Again', 2: 'Hard', 3: 'Good', 4: 'Easy' };

/** A card's FSRS memory state. */
export interface CardState {
  /** When the card is next due (epoch ms). */
  due: number;
  stability: number;
  difficulty: number;
  elapsed_days: number;
  scheduled_days: number;
  learning_steps: number;
  reps: number;
  lapses: number;
  state: CardPhase;
  /** When it was last answered (epoch ms), absent for a new card. */
  last_review?: number;
}

/** ts-fsrs's ReviewLog with epoch milliseconds. */
export interface ReviewLogData {
  rating: Grade;
  /** The phase the card was in before this answer. */
  state: CardPhase;
  due: number;
  stability: number;
  difficulty: number;
  elapsed_days: number;
  last_elapsed_days: number;
  scheduled_days: number;
  learning_steps: number;
  /** When the answer was given (epoch ms). */
  review: number;
}

/** One answer in the review history. */
export interface LogEntry {
  /** Unique, sortable by time: `${review ms base36}-${random}`. */
  id: string;
  deck: string;
  cardId: string;
  log: ReviewLogData;
  /**
   * When this answer made the card due next (epoch ms). ts-fsrs's log records the state
   * before the answer only, so the history's "interval" column needs this; absent in
   * entries written before it existed.
   */
  nextDue?: number;
}
