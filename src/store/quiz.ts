/**
 * Quiz storage: the quiz in progress (one record, so a reload can resume it) and the history of
 * finished quizzes. Nothing here reads or writes FSRS state or the review log: a quiz is a test
 * and must not disturb the schedule. The records are new kinds under their own keys, so the
 * schema version is unchanged: no stored record changes shape.
 */
import type { QuizState } from '../core/quiz';
import { quizResult, sortHistory, type QuizResult } from '../core/quiz-history';
import { commit, read, readPrefix } from './db';
import { QUIZ_CURRENT_KEY, QUIZ_RESULT_PREFIX, quizResultKey } from '../core/record-keys';
import { ensureSchema } from './schema';

/**
 * The saved quiz in progress as stored, or undefined. It is `unknown` on purpose: an older or
 * newer app may have written it, so the caller hands it to resumeQuiz, which checks it.
 */
export async function loadCurrentQuiz(): Promise<unknown> {
  await ensureSchema();
  return read<unknown>(QUIZ_CURRENT_KEY);
}

/** Replaces the saved quiz in progress with `state`; resolves once it is on disk. */
export async function saveCurrentQuiz(state: QuizState): Promise<void> {
  if (state.phase === 'finished') throw new Error('A finished quiz is stored with finishQuiz, not as the quiz in progress.');
  await ensureSchema();
  await commit([[QUIZ_CURRENT_KEY, state]]);
}

/** Forgets the quiz in progress (abandoned, or replaced by a new one). */
export async function discardCurrentQuiz(): Promise<void> {
  await ensureSchema();
  await commit([], [QUIZ_CURRENT_KEY]);
}

/**
 * Ends a finished quiz: its history record is written and the quiz in progress deleted in one
 * transaction, so a crash leaves either the running quiz or its result, never both or half.
 * A practice session only deletes the quiz in progress: it is not history. Resolves to the
 * record written, or undefined for practice.
 */
export async function finishQuiz(state: QuizState): Promise<QuizResult | undefined> {
  if (state.phase !== 'finished') throw new Error('Only a finished quiz can be recorded.');
  const result = quizResult(state);
  await ensureSchema();
  await commit(result ? [[quizResultKey(result.deck, result.id), result]] : [], [QUIZ_CURRENT_KEY]);
  return result;
}

/** Finished quizzes, newest first: of one deck (a slug, or "all"), or of every deck. */
export async function loadQuizHistory(deck?: string): Promise<QuizResult[]> {
  await ensureSchema();
  const rows = await readPrefix<unknown>(deck === undefined ? QUIZ_RESULT_PREFIX : `${QUIZ_RESULT_PREFIX}${deck}/`);
  return sortHistory(rows.map(([, v]) => v).filter(isResult));
}

// A record some other version wrote in a shape this one cannot list is skipped, not shown wrong.
function isResult(v: unknown): v is QuizResult {
  if (typeof v !== 'object' || v === null) return false;
  const r = v as Record<string, unknown>;
  return (
    typeof r.id === 'string' &&
    typeof r.deck === 'string' &&
    ['startedAt', 'finishedAt', 'score', 'total', 'durationMs'].every((k) => typeof r[k] === 'number' && Number.isFinite(r[k]))
  );
}
