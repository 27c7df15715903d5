/**
 * The one place that talks to ts-fsrs. Everything outside sees epoch milliseconds.
 * repeat() is called once per shown answer: with fuzz on, a second call seconds later would
 * give other intervals, so the buttons are labelled from, and store, this single preview.
 */
import { fsrs, generatorParameters, createEmptyCard, type Card, type ReviewLog, type FSRS } from 'ts-fsrs';
import { CardPhase, GRADES, type CardState, type Grade, type ReviewLogData } from './review-state';
import { formatInterval } from './format';

export interface SchedulerSettings {
  /** Desired retention, 0.70–0.99. */
  retention: number;
  /** Longest interval in days. */
  maximumInterval: number;
  /** ts-fsrs learning steps such as ["1m", "10m"]. */
  learningSteps: string[];
  relearningSteps: string[];
  fuzz: boolean;
}

export const DEFAULT_SCHEDULER: SchedulerSettings = {
  retention: 0.9,
  maximumInterval: 36500,
  learningSteps: ['1m', '10m'],
  relearningSteps: ['10m'],
  fuzz: true,
};

/** What one grade would do: the state to store, its log, and the label for its button. */
export interface GradeOutcome {
  grade: Grade;
  state: CardState;
  log: ReviewLogData;
  /** Time from now to the new due date, e.g. "10m" or "3d". */
  label: string;
}

export type Preview = Record<Grade, GradeOutcome>;

export function createScheduler(settings: SchedulerSettings = DEFAULT_SCHEDULER): FSRS {
  return fsrs(
    generatorParameters({
      request_retention: settings.retention,
      maximum_interval: settings.maximumInterval,
      learning_steps: settings.learningSteps as never,
      relearning_steps: settings.relearningSteps as never,
      enable_fuzz: settings.fuzz,
      enable_short_term: true,
    }),
  );
}

/** The state of a card never answered, due at `now`. */
export function newCardState(now: number): CardState {
  return toState(createEmptyCard(new Date(now)));
}

/**
 * All four outcomes of answering `state` at `now`. A device clock set back behind the card's
 * last review (a trip across time zones, a wrong manual time) would make ts-fsrs throw on the
 * negative elapsed time; the answer is then taken as given at the last review instead.
 */
export function preview(scheduler: FSRS, state: CardState | undefined, at: number): Preview {
  const now = Math.max(at, state?.last_review ?? at);
  const card = state ? toCard(state) : createEmptyCard(new Date(now));
  const record = scheduler.repeat(card, new Date(now));
  const out = {} as Preview;
  for (const grade of GRADES) {
    const item = record[grade as unknown as keyof typeof record] as { card: Card; log: ReviewLog };
    const next = toState(item.card);
    out[grade] = { grade, state: next, log: toLog(item.log), label: formatInterval(next.due - now) };
  }
  return out;
}

/** The state before `log` was applied: ts-fsrs's rollback, for undo. */
export function rollback(scheduler: FSRS, state: CardState, log: ReviewLogData): CardState {
  const before = scheduler.rollback(toCard(state), { ...log, due: new Date(log.due), review: new Date(log.review) } as unknown as ReviewLog);
  return toState(before);
}

/** Probability of recall at `now`, 0–1; 0 for a card never studied. */
export function retrievability(scheduler: FSRS, state: CardState, now: number): number {
  if (state.state === CardPhase.New) return 0;
  return scheduler.get_retrievability(toCard(state), new Date(now), false);
}

export function toCard(s: CardState): Card {
  const card = { ...s, due: new Date(s.due), last_review: undefined } as unknown as Card;
  if (s.last_review !== undefined) card.last_review = new Date(s.last_review);
  else delete card.last_review;
  return card;
}

export function toState(c: Card): CardState {
  const s: CardState = {
    due: c.due.getTime(),
    stability: c.stability,
    difficulty: c.difficulty,
    elapsed_days: c.elapsed_days,
    scheduled_days: c.scheduled_days,
    learning_steps: c.learning_steps,
    reps: c.reps,
    lapses: c.lapses,
    state: c.state as number as CardPhase,
  };
  if (c.last_review) s.last_review = c.last_review.getTime();
  return s;
}

function toLog(l: ReviewLog): ReviewLogData {
  return {
    rating: l.rating as number as Grade,
    state: l.state as number as CardPhase,
    due: l.due.getTime(),
    stability: l.stability,
    difficulty: l.difficulty,
    elapsed_days: l.elapsed_days,
    last_elapsed_days: l.last_elapsed_days,
    scheduled_days: l.scheduled_days,
    learning_steps: l.learning_steps,
    review: l.review.getTime(),
  };
}
