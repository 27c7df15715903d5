/**
 * One answer and its undo, as the exact records storage writes in one transaction.
 *
 * Undo restores the state saved before the answer rather than trusting ts-fsrs's rollback
 * alone: rollback rebuilds the memory state from the log but cannot know the old due date
 * of a card in review (it puts the review time there), and the promise is that undo gives
 * back exactly the earlier state. Rollback is still used as a cross-check when given a
 * scheduler, so a damaged undo record is refused instead of written.
 */
import type { FSRS } from 'ts-fsrs';
import type { DeckCard } from './deck';
import { CardPhase, type CardState, type LogEntry } from './review-state';
import { rollback, type GradeOutcome } from './scheduler';
import type { DayOptions } from './study-day';
import {
  bury,
  isLeechLapse,
  LEECH_THRESHOLD,
  markLeech,
  normalizeFlags,
  siblingsToBury,
  type CardFlags,
  type SiblingCandidate,
} from './card-flags';

/** The card's state changed (another tab or window answered it) after its answer was previewed. */
export class StaleAnswerError extends Error {
  constructor(cardId: string) {
    super(`The answer for card ${cardId} was computed from another state of the card.`);
    this.name = 'StaleAnswerError';
  }
}

/** A card's flags to store; `{}` means none, and storage may delete the record. */
export interface FlagWrite {
  deck: string;
  cardId: string;
  flags: CardFlags;
}

/** Everything needed to take one answer back; plain data, safe to keep in IndexedDB. */
export interface UndoRecord {
  /** The entry the answer wrote; undo deletes it by `log.id`. */
  log: LogEntry;
  /** The card's state before the answer; null when it had never been answered. */
  before: CardState | null;
  /** The state the answer stored; undo refuses when the card has moved on since. */
  after: CardState;
  /** Flags as they were before, for the card and every sibling the answer touched. */
  flagsBefore: FlagWrite[];
  /**
   * Flags as the answer wrote them, so undo can take back only what the answer changed and
   * keep what was done to those cards since (a suspension in the browser, say). Absent in
   * records saved before it was kept; undo then restores `flagsBefore` whole.
   */
  flagsAfter?: FlagWrite[];
}

/** What one answer needs to know. */
export interface AnswerInput {
  deck: string;
  /** The card answered. */
  card: Pick<DeckCard, 'id' | 'source'>;
  /** Its state before this answer; undefined for a card never answered. */
  before: CardState | undefined;
  /** Its flags before this answer. */
  flags?: CardFlags | undefined;
  /** The chosen grade's outcome from the one preview() the buttons were labelled from. */
  outcome: GradeOutcome;
  /** The deck's cards with their state and flags; siblings are found among them. */
  cards?: readonly SiblingCandidate[];
  day: DayOptions;
  /** The unique part of the log id (random or a counter); core never draws random numbers. */
  unique: string;
  /** When the grade was tapped (epoch ms), for burying; defaults to the preview's time. */
  now?: number;
  /** Lapses at which a card becomes a leech; Anki's 8 by default. */
  leechThreshold?: number;
}

/** The records one answer writes, in one transaction, and what to tell the user. */
export interface AnswerWrites {
  deck: string;
  cardId: string;
  /** The card's new FSRS state. */
  state: CardState;
  /** The new review-log entry. */
  log: LogEntry;
  /** Flag records to write: buried siblings, and the card itself when it became a leech. */
  flags: FlagWrite[];
  /** Keep on the session's undo stack. */
  undo: UndoRecord;
  /** The card just became a leech and was suspended: the UI must say so. */
  leech: boolean;
  /** Ids of the siblings buried until the next study day. */
  buried: string[];
}

/** Proof that an answer was undone, so merging an older backup cannot bring it back. */
export interface Tombstone {
  logId: string;
  deck: string;
  cardId: string;
  /** When the undo happened (epoch ms). */
  undoneAt: number;
}

/** The records one undo writes, in one transaction. */
export interface UndoWrites {
  deck: string;
  cardId: string;
  /** The state to put back; null means delete the card's state (it was new). */
  state: CardState | null;
  /** The state the answer wrote: storage refuses the undo if another tab changed it since. */
  expected: CardState;
  /** The log entry to delete. */
  deleteLogId: string;
  /** Flags to put back; `{}` means none. */
  flags: FlagWrite[];
  tombstone: Tombstone;
}

/** Undo refused, with words for the user. */
export interface UndoRefused {
  ok: false;
  reason: string;
}

/**
 * A log id unique and sortable by time: the review time in base 36, padded so ids of any
 * era sort as strings, then the caller's unique part.
 */
export function logId(review: number, unique: string): string {
  return `${review.toString(36).padStart(9, '0')}-${unique}`;
}

function clone(s: CardState): CardState {
  return { ...s };
}

/**
 * Turn the chosen grade into the records to write: the card's new state, its log entry,
 * burials of its siblings, leech suspension, and the undo record.
 * Throws when the outcome was not computed from `before`: storing it would corrupt history.
 */
export function applyAnswer(input: AnswerInput): AnswerWrites {
  const { deck, card, before, outcome, day } = input;
  if (!input.unique) throw new Error('applyAnswer needs a unique part for the log id.');
  const phaseBefore = before?.state ?? CardPhase.New;
  if (outcome.log.state !== phaseBefore || outcome.state.reps !== (before?.reps ?? 0) + 1) {
    throw new StaleAnswerError(card.id);
  }
  const now = input.now ?? outcome.log.review;
  const state = clone(outcome.state);
  const log: LogEntry = {
    id: logId(outcome.log.review, input.unique),
    deck,
    cardId: card.id,
    log: { ...outcome.log },
    nextDue: state.due,
  };

  const flags: FlagWrite[] = [];
  const flagsBefore: FlagWrite[] = [];

  const lapsed = state.lapses > (before?.lapses ?? 0);
  const leech = lapsed && isLeechLapse(state.lapses, input.leechThreshold ?? LEECH_THRESHOLD);
  if (leech) {
    flagsBefore.push({ deck, cardId: card.id, flags: normalizeFlags(input.flags) });
    flags.push({ deck, cardId: card.id, flags: markLeech(input.flags) });
  }

  const siblings = siblingsToBury({ deck, card }, input.cards ?? [], now, day);
  for (const s of siblings) {
    flagsBefore.push({ deck: s.deck, cardId: s.card.id, flags: normalizeFlags(s.flags) });
    flags.push({ deck: s.deck, cardId: s.card.id, flags: bury(s.flags, now, day) });
  }

  return {
    deck,
    cardId: card.id,
    state,
    log,
    flags,
    undo: { log, before: before ? clone(before) : null, after: clone(state), flagsBefore, flagsAfter: flags.map((f) => ({ ...f, flags: { ...f.flags } })) },
    leech,
    buried: siblings.map((s) => s.card.id),
  };
}

/**
 * A card's flags after undo: each field the answer changed goes back to its earlier value,
 * unless it has been changed again since; every other field stays as it is now.
 */
function restoredFlags(
  undo: UndoRecord,
  before: FlagWrite,
  currentFlags: ((deck: string, cardId: string) => CardFlags | undefined) | undefined,
): CardFlags {
  const after = undo.flagsAfter?.find((a) => a.deck === before.deck && a.cardId === before.cardId);
  if (!after || !currentFlags) return normalizeFlags(before.flags);
  const now = normalizeFlags(currentFlags(before.deck, before.cardId));
  const was = normalizeFlags(before.flags);
  const wrote = normalizeFlags(after.flags);
  const out: Record<string, unknown> = { ...now };
  const fields = new Set([...Object.keys(was), ...Object.keys(wrote)]) as Set<keyof CardFlags>;
  for (const k of fields) {
    if (was[k] === wrote[k] || now[k] !== wrote[k]) continue;
    if (was[k] === undefined) delete out[k];
    else out[k] = was[k];
  }
  return normalizeFlags(out as CardFlags);
}

function sameState(a: CardState | undefined | null, b: CardState | undefined | null): boolean {
  if (!a || !b) return !a && !b;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)] as (keyof CardState)[]);
  for (const k of keys) if (a[k] !== b[k]) return false;
  return true;
}

/**
 * The fields ts-fsrs's rollback rebuilds from the log. It cannot rebuild `due` and
 * `last_review` of a card past New (it puts the review time and the previous review there),
 * so those are compared only through the undo record's own `after` check.
 */
const ROLLBACK_FIELDS = ['stability', 'difficulty', 'scheduled_days', 'learning_steps', 'reps', 'lapses', 'state'] as const;

/**
 * Whether ts-fsrs's rollback of `after` by the record's log agrees with the saved `before`
 * on every field rollback can rebuild.
 */
export function rollbackAgrees(scheduler: FSRS, undo: UndoRecord): boolean {
  const rebuilt = rollback(scheduler, undo.after, undo.log.log);
  if (!undo.before) return rebuilt.state === CardPhase.New && rebuilt.reps === 0 && rebuilt.lapses === 0;
  return ROLLBACK_FIELDS.every((k) => rebuilt[k] === undo.before![k]);
}

/**
 * Take an answer back: the state to restore (exactly the one saved), the log entry to
 * delete, the flags to restore (siblings unburied, leech undone) and a tombstone.
 * `current` is the card's stored state now; undo is refused when it is not the state the
 * answer wrote, because then a later answer must be undone first. Several undos in a row
 * work by popping the session's stack of UndoRecords, newest first.
 */
export function undoAnswer(
  undo: UndoRecord,
  current: CardState | undefined | null,
  now: number,
  scheduler?: FSRS,
  currentFlags?: (deck: string, cardId: string) => CardFlags | undefined,
): ({ ok: true } & UndoWrites) | UndoRefused {
  if (!sameState(current, undo.after)) {
    return { ok: false, reason: 'This card was answered again since; undo the later answer first.' };
  }
  if (scheduler && !rollbackAgrees(scheduler, undo)) {
    return { ok: false, reason: 'The saved undo record does not match the review log, so nothing was changed.' };
  }
  // Restore flags in reverse so that, were a card listed twice, the earliest value wins.
  const flags = [...undo.flagsBefore].reverse().map((f) => ({ ...f, flags: restoredFlags(undo, f, currentFlags) }));
  return {
    ok: true,
    deck: undo.log.deck,
    cardId: undo.log.cardId,
    state: undo.before ? clone(undo.before) : null,
    expected: clone(undo.after),
    deleteLogId: undo.log.id,
    flags,
    tombstone: { logId: undo.log.id, deck: undo.log.deck, cardId: undo.log.cardId, undoneAt: now },
  };
}
