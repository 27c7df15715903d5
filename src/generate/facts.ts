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
  for (const e of entities) raw.push({ start: e.start, end: e.end, text: e.text, type: e.type, score: BASE[e.type] + (e.titled ? 0.5 : 0), titled: e.titled });
  const kept: Fact[] = [];
  for (const f of raw) {
    if (kept.some((k) => f.start < k.end && f.end > k.start)) continue;
    kept.push(f);
  }
  return { facts: kept.sort((a, b) => a.start - b.start), quotes };
}
