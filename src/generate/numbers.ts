/** Numbers with their unit ("19 people", "2.3 million doses", "three decades", "12 percent"). */

export interface NumberSpan {
  start: number;
  end: number;
  text: string;
  /** The value, for distractors of the same size. */
  value: number;
  /** The unit word(s) after the number, or "". */
  unit: string;
  /** Written as a word ("three") rather than digits. */
  spelled: boolean;
}

export const WORD_NUMBERS: Record<string, number> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
  thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, dozen: 12,
};
const SCALE: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };

const NOT_UNITS = new Set(
  'of and or to in on at by for from with the a an as is are was were be been has have had that which who than more less per cent times percent- other previous such large small new old first last'.split(' '),
);

const NUMBER = new RegExp(
  `(?<![\\p{L}\\p{N}.,-])(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?|${Object.keys(WORD_NUMBERS).join('|')})(?:\\s(thousand|million|billion|trillion))?(?:(%)|\\s(percent|per cent)|-(year|day|month|week|hour|mile|metre|meter|kilometre|kilometer)(?:-old)?|\\s([\\p{Ll}][\\p{Ll}-]{2,}))`,
  'giu',
);

/** Every number that has a unit after it, in reading order. */
export function findNumbers(s: string): NumberSpan[] {
  const out: NumberSpan[] = [];
  NUMBER.lastIndex = 0;
  for (let m = NUMBER.exec(s); m; m = NUMBER.exec(s)) {
    const raw = m[1]!;
    if (/\bthe\s+$/i.test(s.slice(Math.max(0, m.index - 5), m.index))) continue; // "the two countries" refers, it does not count
    const lowerRaw = raw.toLowerCase();
    const spelled = lowerRaw in WORD_NUMBERS;
    if (spelled && raw !== lowerRaw && m.index > 0) continue; // "Six-Day War" is a name
    let unit = m[3] ?? m[4] ?? m[5] ?? m[6] ?? '';
    if (m[6]) {
      if (NOT_UNITS.has(unit.toLowerCase()) || /(ly|ed|ing)$/.test(unit) || unit.includes('-')) {
        if (spelled) continue;
        // A bare digit number without a unit word is too vague to ask about.
        continue;
      }
    }
    if (!spelled && /^(1[0-9]{3}|20[0-9]{2})$/.test(raw) && !m[2] && !m[3] && !m[4] && !m[5]) continue; // a year
    let end = m.index + m[0].length;
    const more = m[6] && !unit.endsWith('s') ? /^ ([\p{Ll}]{3,}s)\b/u.exec(s.slice(end)) : null;
    if (more && !NOT_UNITS.has(more[1]!)) {
      unit = `${unit} ${more[1]}`;
      end += more[0].length;
    }
    const value = (spelled ? WORD_NUMBERS[lowerRaw]! : parseFloat(raw.replace(/,/g, ''))) * (m[2] ? SCALE[m[2].toLowerCase()]! : 1);
    const text = s.slice(m.index, end);
    out.push({ start: m.index, end, text, value, unit: unit.toLowerCase(), spelled });
  }
  return out;
}
