/**
 * What the quiz countdown shows and says. A screen reader that heard the time every second
 * would talk over the question, so it hears the time only at 10 and 5 seconds left and at
 * time up (issue 5); the visible timer changes every second.
 */

/** The seconds left at which a screen reader hears the time. */
export const ANNOUNCE_AT: readonly number[] = [10, 5];

/** Whole seconds to display for `msLeft`: 9.2 s left shows 10, and 0 only once time is up. */
export function secondsLeft(msLeft: number): number {
  return Math.max(0, Math.ceil(msLeft / 1000));
}

/**
 * The words for the countdown's live region, or null for silence. Pass the seconds shown on
 * the previous update as `previous`: the time is then spoken once when it reaches 10 or 5
 * (or jumps past them, as when a hidden tab comes back), however often the UI updates.
 * Without `previous` only exactly 10, 5 and 0 speak.
 */
export function announcement(seconds: number, previous: number = seconds + 1): string | null {
  if (seconds >= previous) return null;
  if (seconds <= 0) return 'Time is up';
  if (!ANNOUNCE_AT.some((t) => seconds <= t && previous > t)) return null;
  return seconds === 1 ? '1 second left' : `${seconds} seconds left`;
}
