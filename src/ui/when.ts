/** Words for moments in the future, relative to now, for "next card due" lines. */
import { formatWait } from '../core/format';

const dateFmt = new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit' });

/** "now", "in 8 min", "in 3 h 5 min", or a date and time for a day or more ahead. */
export function describeDue(due: number | undefined, now: number): string {
  if (due === undefined) return 'nothing scheduled';
  const wait = due - now;
  if (wait <= 0) return 'now';
  if (wait < 12 * 3_600_000) return `in ${formatWait(wait)}`;
  return dateFmt.format(due);
}
