/**
 * The quiz history kept on the device: one small record per finished quiz, and the best
 * score per deck the deck page shows. Records are separate from FSRS state by design: a quiz
 * is a test, and must not change the schedule.
 */
import { results, type QuizState } from './quiz';

/** One finished quiz, as stored and listed on the deck page. */
export interface QuizResult {
  /** Unique per quiz; made from its start time and seed, so saving it twice overwrites. */
  id: string;
  /** The deck slug, or ALL_DECKS for a quiz over every deck. */
  deck: string;
  /** Epoch ms. */
  startedAt: number;
  finishedAt: number;
  /** Questions answered right. */
  score: number;
  /** Questions asked. */
  total: number;
  /** Wall-clock time from start to finish. */
  durationMs: number;
  /** The time limit it was taken under, or null for none; a best score under 10 s means more. */
  secondsPerQuestion: number | null;
}

/**
 * The history record of a finished quiz; undefined while it is running and for practice
 * sessions, whose handpicked mistakes would make a meaningless best score.
 */
export function quizResult(state: QuizState): QuizResult | undefined {
  if (state.phase !== 'finished' || state.finishedAt === null || state.practice) return undefined;
  const r = results(state);
  return {
    id: `${state.startedAt.toString(36)}-${(state.settings.seed >>> 0).toString(36)}`,
    deck: state.settings.deck,
    startedAt: state.startedAt,
    finishedAt: state.finishedAt,
    score: r.score,
    total: r.total,
    durationMs: r.durationMs,
    secondsPerQuestion: state.settings.secondsPerQuestion,
  };
}

/**
 * The best result for `deck` (a slug, or ALL_DECKS), or undefined if none. Best is the highest
 * accuracy (10 of 10 beats 19 of 20); at equal accuracy the longer quiz (20 of 20 beats
 * 10 of 10), then the faster, then the earlier.
 */
export function bestScore(history: readonly QuizResult[], deck: string): QuizResult | undefined {
  let best: QuizResult | undefined;
  for (const r of history) {
    if (r.deck !== deck || r.total <= 0) continue;
    if (!best || better(r, best)) best = r;
  }
  return best;
}

/** History newest first, as the deck page lists it. */
export function sortHistory(history: readonly QuizResult[]): QuizResult[] {
  return [...history].sort((a, b) => b.finishedAt - a.finishedAt);
}

function better(a: QuizResult, b: QuizResult): boolean {
  // Cross-multiplied so 2 of 3 and 4 of 6 compare equal, free of floating-point noise.
  const acc = a.score * b.total - b.score * a.total;
  if (acc !== 0) return acc > 0;
  if (a.total !== b.total) return a.total > b.total;
  if (a.durationMs !== b.durationMs) return a.durationMs < b.durationMs;
  return a.finishedAt < b.finishedAt;
}
