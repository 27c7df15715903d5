/**
 * The study day, Anki's way: a day starts at a set hour (4 a.m. by default) in the device's
 * time zone, so a late-night session still counts as "today". ts-fsrs has no notion of a
 * local day; this module is where the app gets one.
 */

const HOUR = 3_600_000;

export interface DayOptions {
  /** Hour (0–23) at which a new study day begins. */
  dayStartHour: number;
  /** IANA zone; undefined means the device's own. */
  timeZone?: string | undefined;
}

export const DEFAULT_DAY: DayOptions = { dayStartHour: 4 };

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string | undefined): Intl.DateTimeFormat {
  const key = timeZone ?? '';
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', hourCycle: 'h23' });
    formatters.set(key, f);
  }
  return f;
}

/**
 * The local date of `t − dayStartHour`, as "YYYY-MM-DD"; such strings sort as dates do.
 * The hours are subtracted on the wall clock, as Anki does, so the day turns at 04:00 local
 * time even on the days clocks change (subtracting 4 h of elapsed time would turn it at 03:00
 * or 05:00 there).
 */
export function studyDay(t: number, opts: DayOptions = DEFAULT_DAY): string {
  const parts = formatter(opts.timeZone).formatToParts(new Date(t));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const hour = get('hour');
  const date = new Date(Date.UTC(get('year'), get('month') - 1, get('day')));
  if (hour < opts.dayStartHour) date.setUTCDate(date.getUTCDate() - 1);
  return date.toISOString().slice(0, 10);
}

/**
 * The first instant of the study day after the one containing `t`. Found by search rather
 * than arithmetic because a day can be 23 or 25 hours long where clocks change.
 */
export function nextStudyDayStart(t: number, opts: DayOptions = DEFAULT_DAY): number {
  const today = studyDay(t, opts);
  let lo = t;
  let hi = t + 26 * HOUR;
  while (studyDay(hi, opts) === today) hi += 26 * HOUR;
  // Binary search to the minute: the boundary is where the study day changes.
  while (hi - lo > 60_000) {
    const mid = Math.floor((lo + hi) / 2);
    if (studyDay(mid, opts) === today) lo = mid;
    else hi = mid;
  }
  // Clock changes happen on whole minutes, so the boundary is hi rounded down to one.
  const minute = hi - (hi % 60_000);
  return studyDay(minute, opts) === today ? hi : minute;
}

/** The first instant of the study day containing `t`. */
export function studyDayStart(t: number, opts: DayOptions = DEFAULT_DAY): number {
  // A day is 23 to 25 hours long, so 27 hours back is in an earlier day; walk forward from there.
  let start = nextStudyDayStart(t - 27 * HOUR, opts);
  for (let next = nextStudyDayStart(start, opts); next <= t; next = nextStudyDayStart(start, opts)) start = next;
  return start;
}
