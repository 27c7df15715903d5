/** Sentence splitting with offsets, aware of abbreviations, initials and quotations. */

export interface Sentence {
  text: string;
  /** Offset into the body. */
  start: number;
  end: number;
  section: string;
  /** Index of the paragraph it belongs to. */
  para: number;
}

const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof st jr sr gen col lt sgt capt cmdr adm gov sen rep rev hon pres supt insp ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec no nos vs etc al approx inc ltd co corp dept est fig ' +
    'vol p pp ed eds mt ft ave blvd rd e.g i.e u.s u.k u.n a.m p.m ph.d cf viz'
  ).split(' '),
);

const OPEN_QUOTE = '“';
const CLOSE_QUOTE = '”';

/** True when the '.' at `i` ends an abbreviation or an initial rather than a sentence. */
function isAbbreviation(s: string, i: number): boolean {
  let j = i;
  while (j > 0 && /[\p{L}.]/u.test(s.charAt(j - 1))) j--;
  const word = s.slice(j, i).toLowerCase();
  if (!word) return false;
  if (ABBREVIATIONS.has(word)) return true;
  if (/^\p{Lu}$/u.test(s.slice(j, i))) return true; // an initial: "J. R. Smith"
  return /^(\p{L}\.)+\p{L}$/u.test(word); // U.S, e.g
}

/** Splits one paragraph (starting at `base` in the body) into sentences. */
export function splitSentences(p: string, base: number, section: string, para: number): Sentence[] {
  const out: Sentence[] = [];
  const straightCount = (p.match(/"/g) ?? []).length;
  const useStraight = straightCount % 2 === 0;
  let depth = 0;
  let straightOpen = false;
  let from = 0;
  const push = (end: number) => {
    const raw = p.slice(from, end);
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    if (text) out.push({ text, start: base + from + lead, end: base + from + lead + text.length, section, para });
    from = end;
  };
  for (let i = 0; i < p.length; i++) {
    const c = p.charAt(i);
    if (c === OPEN_QUOTE) {
      // Only stay "inside" a quote that closes within a reasonable distance.
      const close = p.indexOf(CLOSE_QUOTE, i + 1);
      if (close > 0 && close - i < 1200) depth++;
      continue;
    }
    if (c === CLOSE_QUOTE) {
      if (depth > 0) depth--;
      // A quotation that ends its sentence: ‘… in the region.” Both …’
      if (depth === 0 && /[.!?]/.test(p.charAt(i - 1)) && /^\s+[\p{Lu}“"]/u.test(p.slice(i + 1, i + 4))) push(i + 1);
      continue;
    }
    if (c === '"' && useStraight) {
      straightOpen = !straightOpen;
      continue;
    }
    if (c !== '.' && c !== '!' && c !== '?') continue;
    if (depth > 0 || straightOpen) continue;
    let j = i + 1;
    while (j < p.length && /[.!?]/.test(p.charAt(j))) j++;
    while (j < p.length && /["”’')\]]/.test(p.charAt(j))) {
      if (p.charAt(j) === '"' && useStraight) straightOpen = !straightOpen;
      j++;
    }
    if (j >= p.length) break;
    if (!/\s/.test(p.charAt(j))) continue;
    let k = j;
    while (k < p.length && /\s/.test(p.charAt(k))) k++;
    const next = p.charAt(k);
    if (!/[\p{Lu}\p{N}"“‘'(\[]/u.test(next)) continue;
    if (c === '.' && j === i + 1 && isAbbreviation(p, i)) continue;
    push(j);
    i = j - 1;
  }
  push(p.length);
  return out;
}
