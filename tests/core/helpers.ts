/** Shared fixtures for the core tests: a fixed zone with daylight saving and a small deck. */
import type { DeckCard } from '../../src/core/deck';
import type { DayOptions } from '../../src/core/study-day';
import type { CardPhase, CardState } from '../../src/core/review-state';

export const NY: DayOptions = { dayStartHour: 4, timeZone: 'America/New_York' };

/** Epoch ms of a wall-clock time in New York (EST, UTC−5, outside daylight saving). */
export function nyWinter(y: number, mo: number, d: number, h: number, mi = 0): number {
  return Date.UTC(y, mo - 1, d, h + 5, mi);
}

/** A card whose sentence spans [start, end) of a made-up article. */
export function card(id: string, start: number, end: number, extra: Partial<DeckCard> = {}): DeckCard {
  return {
    id,
    kind: 'cloze',
    section: 'Intro',
    prompt: `prompt ${id}`,
    answer: `answer ${id}`,
    source: { sentence: `sentence ${start}-${end}`, start, end },
    ...extra,
  };
}

const DAY = 86_400_000;

/** A studied card's state in `phase`, due at `due`, last reviewed `interval` days before. */
export function studiedState(phase: CardPhase, due: number, interval = 1, extra: Partial<CardState> = {}): CardState {
  return {
    due,
    stability: Math.max(interval, 5),
    difficulty: 5,
    elapsed_days: interval,
    scheduled_days: interval,
    learning_steps: 0,
    reps: 2,
    lapses: 0,
    state: phase,
    last_review: due - interval * DAY,
    ...extra,
  };
}
