/**
 * The card browser's rules: search, filters, sort, and a card's review history. Pure, so
 * the screen only renders what this returns.
 */
import type { FSRS } from 'ts-fsrs';
import type { DeckCard } from './deck';
import { CardPhase, GRADE_NAMES, type CardState, type Grade, type LogEntry } from './review-state';
import { retrievability } from './scheduler';
import { formatInterval } from './format';
import { isBuried, type CardFlags } from './card-flags';
import { applyEdits, type CardEdit } from './deck-update';

/** The states the browser filters by. */
export type BrowseState = 'new' | 'learning' | 'review' | 'suspended' | 'buried' | 'retired';

/** Every filter, in the order the screen offers them. */
export const BROWSE_STATES: readonly BrowseState[] = ['new', 'learning', 'review', 'suspended', 'buried', 'retired'];

/** One card with everything the browser shows about it. */
export interface BrowseCard {
  deck: string;
  /** The generated card; edits are applied by the browser, never stored into it. */
  card: DeckCard;
  state?: CardState | undefined;
  flags?: CardFlags | undefined;
  edit?: CardEdit | undefined;
}

/** What the user asked the browser for; every part is optional. */
export interface BrowseQuery {
  /** Words to find in the prompt, answer or sentence; all must appear, in any order. */
  text?: string;
  /** Keep cards in any of these states; empty or absent keeps all. */
  states?: readonly BrowseState[];
  /** Keep cards of this section (exact heading). */
  section?: string;
  /** Keep cards of this deck (slug). */
  deck?: string;
  /** "due": soonest first, never-studied cards last in article order (the default). */
  sort?: 'due' | 'due-desc' | 'article';
}

/**
 * Text folded for matching: decomposed, accents dropped, lower case, spaces collapsed, so
 * "Zurich" finds "Zürich" and "ETE" finds "été".
 */
export function foldForSearch(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** The FSRS phase as a browser state; a card with no state is new. */
function phaseOf(state: CardState | undefined): 'new' | 'learning' | 'review' {
  switch (state?.state ?? CardPhase.New) {
    case CardPhase.New:
      return 'new';
    case CardPhase.Review:
      return 'review';
    default:
      return 'learning';
  }
}

/**
 * Every state a card is in now. As in Anki, a suspended review card is both "review" and
 * "suspended". A retired card is only "retired": it is no longer studied at all.
 */
export function cardStates(c: Pick<BrowseCard, 'state' | 'flags'>, now: number): Set<BrowseState> {
  if (c.flags?.retired) return new Set(['retired']);
  const out = new Set<BrowseState>([phaseOf(c.state)]);
  if (c.flags?.suspended) out.add('suspended');
  if (isBuried(c.flags, now)) out.add('buried');
  return out;
}

/** The one word to show beside a card: retired, suspended or buried win over the phase. */
export function cardStatus(c: Pick<BrowseCard, 'state' | 'flags'>, now: number): BrowseState {
  const s = cardStates(c, now);
  for (const k of ['retired', 'suspended', 'buried'] as const) if (s.has(k)) return k;
  return phaseOf(c.state);
}

/** The sections present, in order of first appearance, for the section filter. */
export function sectionsOf(cards: readonly Pick<BrowseCard, 'card'>[]): string[] {
  return [...new Set(cards.map((c) => c.card.section))];
}

function byArticle(a: BrowseCard, b: BrowseCard): number {
  if (a.deck !== b.deck) return a.deck < b.deck ? -1 : 1;
  return a.card.source.start - b.card.source.start || (a.card.id < b.card.id ? -1 : a.card.id > b.card.id ? 1 : 0);
}

/** Never-studied cards have no real due date; they sort after every scheduled card. */
function dueOf(c: BrowseCard): number | undefined {
  return c.state && c.state.state !== CardPhase.New ? c.state.due : undefined;
}

/** The cards matching `query` at `now`, sorted; the input is left untouched. */
export function browseCards<T extends BrowseCard>(cards: readonly T[], query: BrowseQuery, now: number): T[] {
  const terms = foldForSearch(query.text ?? '').split(' ').filter(Boolean);
  const states = query.states?.length ? new Set(query.states) : undefined;
  const out = cards.filter((c) => {
    if (query.deck !== undefined && c.deck !== query.deck) return false;
    if (query.section !== undefined && c.card.section !== query.section) return false;
    if (states) {
      const has = cardStates(c, now);
      if (![...states].some((s) => has.has(s))) return false;
    }
    if (terms.length) {
      const shown = applyEdits(c.card, c.edit);
      const hay = foldForSearch(`${shown.prompt}\n${shown.answer}\n${c.card.source.sentence}`);
      if (!terms.every((t) => hay.includes(t))) return false;
    }
    return true;
  });
  const sort = query.sort ?? 'due';
  out.sort((a, b) => {
    if (sort === 'article') return byArticle(a, b);
    const da = dueOf(a);
    const db = dueOf(b);
    if (da === undefined || db === undefined) return da === db ? byArticle(a, b) : da === undefined ? 1 : -1;
    return (sort === 'due' ? da - db : db - da) || byArticle(a, b);
  });
  return out;
}

/** One line of a card's review history. */
export interface HistoryRow {
  /** The log entry's id. */
  id: string;
  /** When the answer was given (epoch ms). */
  date: number;
  grade: Grade;
  /** "Again", "Hard", "Good" or "Easy". */
  gradeName: string;
  /** Time from this answer to the due date it set (ms); undefined when no record says. */
  interval: number | undefined;
  /** The interval as the buttons show it ("10m", "3d"), or "" when unknown. */
  intervalLabel: string;
}

const DAY = 86_400_000;

/**
 * A card's history, oldest first. The interval comes from the due date stored with each
 * entry; for older entries without it, from the next entry's record of the interval in days
 * or, for the last entry, from the card's current state.
 */
export function cardHistory(logs: readonly LogEntry[], current?: CardState): HistoryRow[] {
  const sorted = [...logs].sort((a, b) => a.log.review - b.log.review || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return sorted.map((e, i) => {
    let interval: number | undefined;
    if (e.nextDue !== undefined) interval = e.nextDue - e.log.review;
    else {
      const next = sorted[i + 1];
      if (next && next.log.scheduled_days > 0) interval = next.log.scheduled_days * DAY;
      else if (!next && current && current.last_review === e.log.review) interval = current.due - e.log.review;
    }
    return {
      id: e.id,
      date: e.log.review,
      grade: e.log.rating,
      gradeName: GRADE_NAMES[e.log.rating],
      interval,
      intervalLabel: interval === undefined ? '' : formatInterval(interval),
    };
  });
}

/** Probability of recalling the card at `now` (0–1), or undefined for a card never studied. */
export function retrievabilityNow(scheduler: FSRS, state: CardState | undefined, now: number): number | undefined {
  if (!state || state.state === CardPhase.New) return undefined;
  return retrievability(scheduler, state, now);
}
