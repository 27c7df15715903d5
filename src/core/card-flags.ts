/**
 * Per-card flags kept apart from the FSRS state: suspending, burying, leeches and retired
 * cards hide a card from study without touching its memory model, so unsuspending or
 * unburying gives back exactly the schedule FSRS had.
 *
 * Every function returns a new object and leaves out keys that are false or unset, so a
 * card with no flags is `{}` and two equal flag sets compare deep-equal (undo relies on it).
 */
import type { DeckCard } from './deck';
import { CardPhase, type CardState } from './review-state';
import { nextStudyDayStart, type DayOptions } from './study-day';

/** What hides a card from study, besides its due date. */
export interface CardFlags {
  /** Hidden until the user unsuspends it in the card browser. */
  suspended?: boolean;
  /** Hidden until this instant (epoch ms): the start of the study day after it was buried. */
  buriedUntil?: number;
  /** Lapsed often enough to be worth rewriting; kept after unsuspending so it can be found. */
  leech?: boolean;
  /** Its fact is gone from the regenerated deck; history kept, never studied again. */
  retired?: boolean;
}

/** Anki's default leech threshold: the lapse count at which a card is first tagged. */
export const LEECH_THRESHOLD = 8;

function clean(f: CardFlags): CardFlags {
  const out: CardFlags = {};
  if (f.suspended) out.suspended = true;
  if (f.buriedUntil !== undefined) out.buriedUntil = f.buriedUntil;
  if (f.leech) out.leech = true;
  if (f.retired) out.retired = true;
  return out;
}

/** Flags with nothing set, in the canonical form. */
export function normalizeFlags(flags: CardFlags | undefined): CardFlags {
  return clean(flags ?? {});
}

/** True when no flag is set: storage may delete the record instead of writing `{}`. */
export function isEmptyFlags(flags: CardFlags | undefined): boolean {
  return Object.keys(normalizeFlags(flags)).length === 0;
}

/** Bury until the start of the next study day; a later burial already in place is kept. */
export function bury(flags: CardFlags | undefined, now: number, day: DayOptions): CardFlags {
  const until = nextStudyDayStart(now, day);
  const f = normalizeFlags(flags);
  return clean({ ...f, buriedUntil: Math.max(until, f.buriedUntil ?? 0) });
}

/** Bring a buried card back today. */
export function unbury(flags: CardFlags | undefined): CardFlags {
  const f = normalizeFlags(flags);
  delete f.buriedUntil;
  return f;
}

/** True while the burial lasts; an expired `buriedUntil` is simply ignored. */
export function isBuried(flags: CardFlags | undefined, now: number): boolean {
  return flags?.buriedUntil !== undefined && now < flags.buriedUntil;
}

/** Hide the card until it is unsuspended. */
export function suspend(flags: CardFlags | undefined): CardFlags {
  return clean({ ...normalizeFlags(flags), suspended: true });
}

/** Let the card be studied again; a leech keeps its tag, as in Anki, so it can be found and rewritten. */
export function unsuspend(flags: CardFlags | undefined): CardFlags {
  const f = normalizeFlags(flags);
  delete f.suspended;
  return f;
}

/** Whether the queue must skip the card now (the `hidden` of queue.ts's StudyCard). */
export function isHidden(flags: CardFlags | undefined, now: number): boolean {
  return !!flags && (!!flags.suspended || !!flags.retired || isBuried(flags, now));
}

/**
 * Whether reaching `lapses` makes a card a leech. Anki's rule, kept so its users are not
 * surprised: first at the threshold (8), then again every half threshold (12, 16, …), so a
 * leech the user unsuspended without rewriting is caught again after 4 more lapses.
 */
export function isLeechLapse(lapses: number, threshold: number = LEECH_THRESHOLD): boolean {
  if (threshold <= 0 || lapses < threshold) return false;
  return (lapses - threshold) % Math.max(1, Math.ceil(threshold / 2)) === 0;
}

/** Tag a card as a leech and suspend it. */
export function markLeech(flags: CardFlags | undefined): CardFlags {
  return clean({ ...normalizeFlags(flags), leech: true, suspended: true });
}

/** The least a sibling needs to be for the sibling rule. */
export interface SiblingCandidate {
  deck: string;
  card: Pick<DeckCard, 'id' | 'source'>;
  state?: CardState | undefined;
  flags?: CardFlags | undefined;
}

/** Cards from the same sentence of the same deck give each other away: they are siblings. */
export function areSiblings(
  a: { deck: string; card: Pick<DeckCard, 'id' | 'source'> },
  b: { deck: string; card: Pick<DeckCard, 'id' | 'source'> },
): boolean {
  return (
    a.deck === b.deck &&
    a.card.id !== b.card.id &&
    a.card.source.start === b.card.source.start &&
    a.card.source.end === b.card.source.end
  );
}

/**
 * The siblings to bury once `answered` is answered at `now`. As in Anki, new and review
 * siblings are buried, while a sibling in (re)learning is left alone so its short steps are
 * not broken. Siblings already hidden for the rest of the day need no write and are skipped.
 */
export function siblingsToBury<T extends SiblingCandidate>(
  answered: { deck: string; card: Pick<DeckCard, 'id' | 'source'> },
  cards: readonly T[],
  now: number,
  day: DayOptions,
): T[] {
  const until = nextStudyDayStart(now, day);
  return cards.filter((c) => {
    if (!areSiblings(answered, c)) return false;
    const phase = c.state?.state ?? CardPhase.New;
    if (phase === CardPhase.Learning || phase === CardPhase.Relearning) return false;
    const f = c.flags;
    if (f?.suspended || f?.retired) return false;
    return !(f?.buriedUntil !== undefined && f.buriedUntil >= until);
  });
}
