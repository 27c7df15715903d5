/**
 * Wrong answers of the same kind as the right one: first from the same article, then from a
 * small built-in list. Never an alias of the answer, never something the card's sentence also
 * says is true.
 */
import type { AliasIndex } from './aliases';
import type { Fact, FactType } from './facts';
import { FALLBACK } from './lexicon';
import { WORD_NUMBERS } from './numbers';
import { foldText, tellTales } from './rules';

export interface PoolItem {
  text: string;
  type: FactType;
  count: number;
  first: number;
  iso?: string;
  value?: number;
  unit?: string;
  spelled?: boolean;
}

/** Same-kind groups, so names, operations and terms can stand in for each other. */
const GROUP: Record<FactType, string> = { person: 'person', org: 'org', place: 'place', name: 'name', term: 'term', date: 'date', year: 'year', number: 'number' };

export class DistractorPool {
  private items = new Map<string, PoolItem>();
  private order = 0;

  add(f: Fact): void {
    const key = `${GROUP[f.type]}|${foldText(f.text)}`;
    const hit = this.items.get(key);
    if (hit) hit.count++;
    else this.items.set(key, { text: f.text, type: f.type, count: 1, first: this.order++, iso: f.iso, value: f.value, unit: f.unit, spelled: f.spelled });
  }

  /**
   * Up to three distractors for `answer` of `type`; fewer when none of the kind are safe. None
   * is an alias of the answer or of another choice, and none is (an alias of) a name the
   * sentence itself mentions: "Iraq, Syria, Lebanon, and _____" never offers Syria or Damascus.
   */
  pick(
    answer: Fact | { text: string; type: FactType; iso?: string; value?: number; unit?: string; spelled?: boolean },
    sentence: string,
    seed: number,
    context: { aliases?: AliasIndex; sentenceNames?: string[] } = {},
  ): string[] {
    const { aliases, sentenceNames = [] } = context;
    const a = foldText(answer.text);
    const tales = tellTales(answer.text).map(foldText);
    const s = foldText(sentence);
    const used = new Set<string>([a]);
    const ok = (t: string) => {
      const f = foldText(t);
      if (used.has(f) || !f.trim()) return false;
      if (s.includes(f) || f.includes(a) || a.includes(f)) return false;
      const ft = tellTales(t).map(foldText);
      if (ft.some((w) => tales.includes(w))) return false;
      if (aliases) {
        if (aliases.same(t, answer.text) || out.some((o) => aliases.same(o, t))) return false;
        if (sentenceNames.some((n) => aliases.same(n, t))) return false;
      }
      return true;
    };
    const out: string[] = [];
    const take = (list: string[]) => {
      const rotated = list.length ? [...list.slice(seed % list.length), ...list.slice(0, seed % list.length)] : list;
      for (const t of rotated) {
        if (out.length >= 3) return;
        if (ok(t)) {
          out.push(t);
          used.add(foldText(t));
        }
      }
    };
    const same = [...this.items.values()]
      .filter((i) => this.compatible(answer, i))
      .sort((x, y) => y.count - x.count || x.first - y.first)
      .map((i) => i.text);
    take(same.slice(0, 12));
    if (out.length < 3) take(same);
    if (out.length < 3) take(this.fallback(answer));
    return out.length >= 3 ? out : [];
  }

  private compatible(answer: { type: FactType; text: string; unit?: string; spelled?: boolean }, i: PoolItem): boolean {
    const t = answer.type;
    if (t === 'name' || t === 'term') return i.type === t;
    if (t === 'number') return i.type === 'number' && i.unit === answer.unit && !!i.spelled === !!answer.spelled;
    if (t === 'date') return i.type === 'date' && dateShape(i.text) === dateShape(answer.text);
    return i.type === t;
  }

  private fallback(answer: { text: string; type: FactType; value?: number; unit?: string; spelled?: boolean }): string[] {
    switch (answer.type) {
      case 'person':
      case 'place':
      case 'org':
        return FALLBACK[answer.type] ?? [];
      case 'year': {
        const y = parseInt(answer.text, 10);
        return [3, -2, 5, -4, 1, -1, 7, -6].map((d) => String(y + d));
      }
      case 'date':
        return shiftDate(answer.text);
      case 'number':
        return scaleNumber(answer.text, answer.value ?? 0, !!answer.spelled);
      default:
        return [];
    }
  }
}

const MONTH_WORD = /\b(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b/;

function dateShape(t: string): string {
  return t.replace(MONTH_WORD, 'M').replace(/\d{4}/g, 'Y').replace(/\d{1,2}/g, 'D');
}

function shiftDate(t: string): string[] {
  const y = /\b(\d{4})\b/.exec(t);
  const out: string[] = [];
  if (/\b\d{1,2}\b/.test(t.replace(/\d{4}/g, ''))) {
    for (const d of [3, 11, 17, 24, 9]) {
      const v = t.replace(/\b\d{1,2}\b(?!\d)/, (m) => String(((parseInt(m, 10) + d - 1) % 28) + 1));
      out.push(v);
    }
  }
  if (y) for (const d of [1, -1, 2, -3]) out.push(t.replace(y[1]!, String(+y[1]! + d)));
  if (!out.length && MONTH_WORD.test(t)) {
    const full = FALLBACK.month!;
    for (const m of full) out.push(t.replace(MONTH_WORD, m));
  }
  return out;
}

const SPELLED = Object.entries(WORD_NUMBERS);

function scaleNumber(text: string, value: number, spelled: boolean): string[] {
  if (spelled) {
    const word = /^[A-Za-z]+/.exec(text)?.[0] ?? '';
    const cands = SPELLED.filter(([w, v]) => v !== value && v <= 20 && w !== 'dozen').map(([w]) => w);
    const near = cands.sort((x, y) => Math.abs(WORD_NUMBERS[x]! - value) - Math.abs(WORD_NUMBERS[y]! - value));
    return near.slice(0, 6).map((w) => text.replace(word, word.charAt(0) === word.charAt(0).toUpperCase() ? w.charAt(0).toUpperCase() + w.slice(1) : w));
  }
  const m = /\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?/.exec(text);
  if (!m) return [];
  const n = parseFloat(m[0].replace(/,/g, ''));
  const decimals = m[0].includes('.') ? m[0].split('.')[1]!.length : 0;
  const fmt = (x: number) => {
    const s = decimals ? x.toFixed(decimals) : String(Math.round(x));
    return m[0].includes(',') ? s.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : s;
  };
  return [2, 0.5, 1.5, 3, 0.25, 4]
    .map((k) => n * k)
    .filter((x) => x > 0 && fmt(x) !== m[0])
    .map((x) => text.replace(m[0], fmt(x)));
}
