/** The answerable spans of a sentence: names, dates, numbers and quoted terms, typed and scored. */
import type { Entity, EntityType } from './entities';
import { findDates } from './dates';
import { findNumbers } from './numbers';
import { findQuotes, isTerm, type QuoteSpan } from './quotes';

export type FactType = EntityType | 'term' | 'date' | 'year' | 'number';

export interface Fact {
  /** Offsets into the sentence. */
  start: number;
  end: number;
  text: string;
  type: FactType;
  score: number;
  iso?: string;
  value?: number;
  unit?: string;
  spelled?: boolean;
  titled?: boolean;
}

const BASE: Record<FactType, number> = { name: 5, term: 5, person: 5, org: 4.5, date: 4.5, year: 4, number: 4, place: 4 };

/** All facts of one sentence, without overlaps (dates and numbers win over names). */
export function factsOf(s: string, entities: Entity[], articleDate: string): { facts: Fact[]; quotes: QuoteSpan[] } {
  const quotes = findQuotes(s);
  const raw: Fact[] = [];
  for (const d of findDates(s, articleDate)) {
    const monthOnly = d.type === 'date' && !/\d/.test(d.text);
    raw.push({ ...d, score: monthOnly ? 3.5 : BASE[d.type] });
  }
  for (const n of findNumbers(s)) raw.push({ start: n.start, end: n.end, text: n.text, type: 'number', score: BASE.number, value: n.value, unit: n.unit, spelled: n.spelled });
  for (const q of quotes) if (isTerm(q)) raw.push({ start: q.start, end: q.end, text: q.text, type: 'term', score: BASE.term });
  for (const t of findTerms(s)) raw.push({ ...t, type: 'term', score: BASE.term - 0.5 });
  for (const e0 of entities) {
    const sp = e0.type === 'name' && !e0.text.includes(' ') ? SPECIES.exec(s.slice(e0.end)) : null;
    const e = sp ? { ...e0, end: e0.end + sp[0].length, text: s.slice(e0.start, e0.end + sp[0].length) } : e0;
    const multi = e.text.includes(' ') ? 0.5 : 0;
    raw.push({ start: e.start, end: e.end, text: e.text, type: e.type, score: BASE[e.type] + multi + (e.titled ? 0.5 : 0), titled: e.titled });
  }
  const kept: Fact[] = [];
  for (const f of raw) {
    if (kept.some((k) => f.start < k.end && f.end > k.start)) continue;
    kept.push(f);
  }
  return { facts: kept.sort((a, b) => a.start - b.start), quotes };
}

const GENERIC = new Set(
  'region situation country countries state move time year years people way part case issue problem thing things place area side sides world number group result others other fact view order point end'.split(' '),
);

/** Lower-case technical terms: defined by an appositive, given as an example, or named as a tool. */
const TERM_PATTERNS: RegExp[] = [
  // "drugs such as methicillin"
  /(?<=\bsuch as )(?!(?:the|a|an)\b)([\p{Ll}][\p{Ll}-]{4,})(?=[\s,.;])/gu,
  // "used X-ray crystallography to show"
  /(?<=\b(?:used|using|uses) )(?!(?:the|a|an|as|by|for|in|on|to|it|them|this|that)\b)((?:[\p{L}-]+ ){0,2}[\p{Ll}-]{5,})(?= to\b)/gu,
  // "died of cholera"
  /(?<=\b(?:died|die|dies|dying) (?:of|from) )([\p{Ll}]{5,})\b/gu,
  // "factors, including the secular nature of …"
  /(?<=\bincluding (?:the )?)(?!(?:the|a|an)\b)((?:[\p{Ll}-]+ ){0,2}[\p{Ll}-]{4,})(?= of\b)/gu,
];

const FUNCTION_WORDS = new Set(
  'the a an and or but of in on at by for with to as from under over into onto that which who whom whose its their his her our this these those it they he she we was were is are be been has have had not no so than then also some any many much more most such'.split(' '),
);

function findTerms(s: string): { start: number; end: number; text: string }[] {
  const out: { start: number; end: number; text: string }[] = [];
  const ok = (words: string[]) => words.length > 0 && !words.some((w) => GENERIC.has(w) || FUNCTION_WORDS.has(w));
  for (const re of TERM_PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(s); m; m = re.exec(s)) {
      const text = m[1]!;
      if (ok(text.split(' '))) out.push({ start: m.index, end: m.index + text.length, text });
    }
  }
  // "the corvée, a system of forced labour"; "corn steep liquor, a by-product of …": up to
  // three lower-case content words before ", a|an <definition of two or more words>".
  const DEF = /, (?:a|an) [\p{Ll}-]+ [\p{Ll}-]+/gu;
  for (let m = DEF.exec(s); m; m = DEF.exec(s)) {
    const before = s.slice(Math.max(0, m.index - 60), m.index);
    const words = /((?:[\p{Ll}][\p{Ll}-]* ){0,2}[\p{Ll}][\p{Ll}-]{3,})$/u.exec(before)?.[1]?.split(' ') ?? [];
    while (words.length > 1 && (FUNCTION_WORDS.has(words[0]!) || GENERIC.has(words[0]!) || /(ed|ing)$/.test(words[0]!))) words.shift();
    if (words.length === 1 && words[0]!.length < 5) continue;
    if (!ok(words)) continue;
    const text = words.join(' ');
    const at = m.index - text.length;
    if (/[\p{L}]/u.test(s.charAt(at - 1))) continue;
    // A list ("Pfizer, Merck and Squibb") or a clause is not a definition.
    const prevChar = s.slice(0, at).trimEnd().slice(-1);
    if (prevChar === ',') continue;
    out.push({ start: at, end: m.index, text });
  }
  return out;
}

/** "Penicillium chrysogenum", "Staphylococcus aureus": a genus and its species. */
export const SPECIES = /^ ([a-z]{4,}(?:um|us|is|ae|ii|ensis|ata|ica|ens|ans))\b/;
