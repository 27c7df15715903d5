/**
 * What to study next, and the counts the home screen shows. Anki's order: learning cards that
 * are due, then reviews due today, then new cards in article order within the daily limit;
 * learning cards due within the learn-ahead window come last, once nothing else is left.
 */
import type { DeckCard } from './deck';
import { CardPhase, type CardState, type LogEntry } from './review-state';
import { nextStudyDayStart, studyDayStart, type DayOptions } from './study-day';

/** Anki's learn-ahead limit: a learning card this close to due counts as due now. */
export const LEARN_AHEAD_MS = 20 * 60_000;

export interface DailyLimits {
  newPerDay: number;
  reviewsPerDay: number;
}

export const DEFAULT_LIMITS: DailyLimits = { newPerDay: 20, reviewsPerDay: 200 };

/** A deck card with what the device knows of it. */
export interface StudyCard {
  deck: string;
  card: DeckCard;
  /** Absent for a card never answered. */
  state?: CardState | undefined;
  /** Suspended, buried or retired cards are never queued. */
  hidden?: boolean;
}

export interface QueueCounts {
  new: number;
  learning: number;
  review: number;
}

export interface StudyQueue {
  /** Cards in the order they should be shown; the first is next. */
  cards: StudyCard[];
  counts: QueueCounts;
  /**
   * When the first card not yet in the queue becomes due (epoch ms), or undefined when
   * nothing is scheduled at all. Used for "next card in 8 min" and "next due".
   */
  nextDue: number | undefined;
}

export interface QueueOptions {
  limits: DailyLimits;
  day: DayOptions;
}

/** Keys are `${deck}/${cardId}`. */
export function cardKey(deck: string, cardId: string): string {
  return `${deck}/${cardId}`;
}

/** How many new cards were started and reviews done in the study day containing `now`. */
export function doneToday(logs: Iterable<LogEntry>, now: number, day: DayOptions): { newDone: number; reviewsDone: number } {
  // Two boundaries computed once, not a time-zone lookup per entry: logs grow without end.
  const start = studyDayStart(now, day);
  const end = nextStudyDayStart(now, day);
  let newDone = 0;
  let reviewsDone = 0;
  for (const e of logs) {
    if (e.log.review < start || e.log.review >= end) continue;
    if (e.log.state === CardPhase.New) newDone++;
    else if (e.log.state === CardPhase.Review) reviewsDone++;
  }
  return { newDone, reviewsDone };
}

export function buildQueue(
  cards: readonly StudyCard[],
  logsToday: { newDone: number; reviewsDone: number },
  now: number,
  opts: QueueOptions,
): StudyQueue {
  // A review is due today when it falls before the next study day begins: one boundary
  // for the whole collection instead of a time-zone lookup per card.
  const tomorrow = nextStudyDayStart(now, opts.day);
  const learningNow: StudyCard[] = [];
  const learningAhead: StudyCard[] = [];
  const reviews: StudyCard[] = [];
  const fresh: StudyCard[] = [];
  let nextDue: number | undefined;
  const later = (t: number) => {
    if (nextDue === undefined || t < nextDue) nextDue = t;
  };

  for (const c of cards) {
    if (c.hidden) continue;
    const s = c.state;
    if (!s || s.state === CardPhase.New) {
      fresh.push(c);
    } else if (s.state === CardPhase.Learning || s.state === CardPhase.Relearning) {
      if (s.due <= now) learningNow.push(c);
      else if (s.due <= now + LEARN_AHEAD_MS) learningAhead.push(c);
      else later(s.due);
    } else if (s.due < tomorrow) {
      reviews.push(c);
    } else {
      later(s.due);
    }
  }

  const byDue = (a: StudyCard, b: StudyCard) => a.state!.due - b.state!.due;
  learningNow.sort(byDue);
  learningAhead.sort(byDue);
  reviews.sort(byDue);

  const reviewRoom = Math.max(0, opts.limits.reviewsPerDay - logsToday.reviewsDone);
  const newRoom = Math.max(0, opts.limits.newPerDay - logsToday.newDone);
  const dueReviews = reviews.slice(0, reviewRoom);
  const dueNew = fresh.slice(0, newRoom);
  // Cards held back by a limit come back at the next study day.
  if (reviews.length > dueReviews.length || fresh.length > dueNew.length) later(tomorrow);

  const learning = [...learningNow, ...learningAhead];
  return {
    cards: [...learningNow, ...dueReviews, ...dueNew, ...learningAhead],
    counts: { new: dueNew.length, learning: learning.length, review: dueReviews.length },
    nextDue,
  };
}
