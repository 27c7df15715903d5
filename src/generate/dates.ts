/**
 * Dates and years in a sentence, kept verbatim as answers and resolved to ISO against the
 * article's own date ("Dec. 31" in an article of January 2023 is 2022-12-31). Relative dates
 * ("this autumn", "last year") are never found, so they never become answers.
 */

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11,
  november: 11, dec: 12, december: 12,
};
const MONTH_FULL = 'January|February|March|April|May|June|July|August|September|October|November|December';
const MONTH_ABBR = 'Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec';
const MONTH = `(?:${MONTH_FULL}|(?:${MONTH_ABBR})\\.?)`;
const YEAR = '(?:1[0-9]{3}|20[0-9]{2})';
const DAY = '(?:[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th)?';

export interface DateSpan {
  start: number;
  end: number;
  text: string;
  /** 'date' for a day or month, 'year' for a bare year. */
  type: 'date' | 'year';
  /** Resolved ISO date (YYYY, YYYY-MM or YYYY-MM-DD), when it can be known. */
  iso?: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const monthOf = (s: string) => MONTHS[s.replace(/\.$/, '').toLowerCase()];

const PATTERNS: { re: RegExp; parse: (m: RegExpExecArray) => { y?: number; mo: number; d?: number } | undefined }[] = [
  // 25 April 1859
  { re: new RegExp(`\\b(${DAY}) (${MONTH}),? (${YEAR})\\b`, 'g'), parse: (m) => ({ d: parseInt(m[1]!), mo: monthOf(m[2]!)!, y: +m[3]! }) },
  // November 17, 1869 / Dec. 31
  { re: new RegExp(`\\b(${MONTH}) (${DAY})(?:,? (${YEAR}))?(?![\\d,]*\\d)`, 'g'), parse: (m) => ({ mo: monthOf(m[1]!)!, d: parseInt(m[2]!), y: m[3] ? +m[3] : undefined }) },
  // 17 November
  { re: new RegExp(`\\b(${DAY}) (${MONTH_FULL})\\b`, 'g'), parse: (m) => ({ d: parseInt(m[1]!), mo: monthOf(m[2]!)! }) },
  // October 2022
  { re: new RegExp(`\\b(${MONTH}) (?:of )?(${YEAR})\\b`, 'g'), parse: (m) => ({ mo: monthOf(m[1]!)!, y: +m[2]! }) },
  // "in November", "since March": a bare month needs a preposition before it (May is also a verb)
  {
    re: new RegExp(`(?<=\\b(?:[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Dd]uring|[Ff]rom|[Ee]arly|[Ll]ate|[Ee]nd of|[Ss]tart of) )(${MONTH_FULL.replace('May|', '')})\\b(?! \\d)`, 'g'),
    parse: (m) => ({ mo: monthOf(m[1]!)! }),
  },
];

/** Resolves a partial date against the article date (YYYY, YYYY-MM or YYYY-MM-DD, or ""). */
function resolve(p: { y?: number; mo: number; d?: number }, articleDate: string): string | undefined {
  let y = p.y;
  if (y === undefined) {
    const a = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(articleDate);
    if (!a || !a[2]) return undefined;
    y = +a[1]!;
    const am = +a[2];
    const ad = a[3] ? +a[3] : 31;
    if (p.mo > am || (p.mo === am && (p.d ?? 1) > ad)) y -= 1;
  }
  if (p.d !== undefined) {
    const days = new Date(Date.UTC(y, p.mo, 0)).getUTCDate();
    if (p.d > days) return undefined;
    return `${y}-${pad(p.mo)}-${pad(p.d)}`;
  }
  return `${y}-${pad(p.mo)}`;
}

/** Every date and year in `s`, longest first where they overlap. */
export function findDates(s: string, articleDate: string): DateSpan[] {
  const spans: DateSpan[] = [];
  const taken = (a: number, b: number) => spans.some((x) => a < x.end && b > x.start);
  for (const { re, parse } of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(s); m; m = re.exec(s)) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken(start, end)) continue;
      const p = parse(m);
      if (!p || !p.mo) continue;
      spans.push({ start, end, text: m[0], type: 'date', iso: resolve(p, articleDate) });
    }
  }
  const year = new RegExp(`(?<![\\d.,$£€-])\\b(${YEAR})s?\\b(?![\\d.,]\\d|%| ?(?:percent|per cent|people|km|kilometres|kilometers|metres|meters|miles|tons|tonnes|dollars|pounds|euros|men|women|years|ships|troops|soldiers))`, 'g');
  for (let m = year.exec(s); m; m = year.exec(s)) {
    const start = m.index;
    const end = start + m[0].length;
    if (taken(start, end) || m[0].endsWith('s')) continue;
    const y = +m[1]!;
    if (y < 1000 || y > 2100) continue;
    spans.push({ start, end, text: m[0], type: 'year', iso: m[1] });
  }
  return spans.sort((a, b) => a.start - b.start);
}

/** A line that is only a date ("March 2024", "15 March 2024", "2024-03-15"), as ISO. */
export function parseDateLine(line: string): string | undefined {
  const t = line.trim().replace(/^["']|["']$/g, '');
  const iso = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?(?:[T ][\d:.]+Z?)?$/.exec(t);
  if (iso) return [iso[1], iso[2], iso[3]].filter(Boolean).join('-');
  const spans = findDates(t, '');
  const only = spans.length === 1 && spans[0]!.start === 0 && spans[0]!.end === t.length ? spans[0] : undefined;
  return only?.iso;
}
