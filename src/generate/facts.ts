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

const BASE: Record<FactType, number> = { name: 5, term: 5, person: 5, org: 4.5, date: 4.5, year: 4, number: 4, place: 3 };

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
  for (const e of entities) raw.push({ start: e.start, end: e.end, text: e.text, type: e.type, score: BASE[e.type] + (e.titled ? 0.5 : 0), titled: e.titled });
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
  // "the corvée, a system of forced labour"; "penicillinase, an enzyme that …"
  /(?<=(?:^|[\s(])(?:the |a |an )?)((?:[\p{Ll}][\p{Ll}-]+ ){0,2}[\p{Ll}][\p{Ll}-]{4,}),\s(?:a|an)\s[\p{Ll}-]+(?:\s[\p{Ll}-]+){1,}/gu,
  // "drugs such as methicillin"
  /(?<=\bsuch as )([\p{Ll}][\p{Ll}-]{4,})(?=[\s,.;])/gu,
  // "used X-ray crystallography to show"
  /(?<=\b(?:used|using|uses) )((?:[\p{L}-]+ ){0,2}[\p{Ll}-]{5,})(?= to\b)/gu,
  // "died of cholera"
  /(?<=\b(?:died|die|dies|dying) (?:of|from) )([\p{Ll}]{5,})\b/gu,
  // "factors, including the secular nature of …"
  /(?<=\bincluding (?:the )?)((?:[\p{Ll}-]+ ){0,2}[\p{Ll}-]{4,})(?= of\b)/gu,
];

function findTerms(s: string): { start: number; end: number; text: string }[] {
  const out: { start: number; end: number; text: string }[] = [];
  for (const re of TERM_PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(s); m; m = re.exec(s)) {
      const text = m[1]!;
      const words = text.split(' ');
      if (words.some((w) => GENERIC.has(w)) || /^(the|a|an|this|that|its|their|his|her|our|which|who)$/.test(words[0]!)) continue;
      out.push({ start: m.index, end: m.index + text.length, text });
    }
  }
  return out;
}
