/**
 * Multiple-choice options over every card of every deck we generate: never an alias of the
 * answer, never two aliases of each other, never something the card's sentence also says.
 * The alias checks here are written independently of src/generate/aliases.ts.
 */
import type { DeckCard } from '../../src/core/deck';
import { GOLDEN_FILES, loadArticle, loadGolden } from './helpers';

/** A few capitals and seats of government with their countries (the test's own table). */
const SAME_PLACE: string[][] = [
  ['iran', 'tehran', 'islamic republic'],
  ['azerbaijan', 'baku'],
  ['armenia', 'yerevan'],
  ['russia', 'moscow', 'kremlin'],
  ['turkey', 'ankara'],
  ['israel', 'jerusalem', 'jewish state'],
  ['syria', 'damascus'],
  ['iraq', 'baghdad'],
  ['lebanon', 'beirut'],
  ['ukraine', 'kyiv', 'kiev'],
  ['egypt', 'cairo'],
  ['united kingdom', 'britain', 'london'],
  ['france', 'paris'],
  ['united states', 'washington'],
];

const norm = (s: string) =>
  s.normalize('NFKC').toLowerCase().replace(/[’']s\b/g, '').replace(/^the\s+/, '').replace(/[-\s]+/g, ' ').trim();

const initials = (s: string) =>
  s.split(/[\s-]+/).filter((w) => !/^(of|the|and|for)$/i.test(w)).map((w) => w.charAt(0)).join('').toUpperCase();

/** Whether two names stand for the same thing. */
export function aliases(a: string, b: string): boolean {
  const x = norm(a);
  const y = norm(b);
  if (x === y) return true;
  if (SAME_PLACE.some((g) => g.includes(x) && g.includes(y))) return true;
  // Acronym and expansion.
  for (const [s, l] of [[a, b], [b, a]] as const) {
    if (/^[A-Z]{2,6}$/.test(s) && l.split(/\s+/).length >= 2 && initials(l) === s) return true;
  }
  // Surname (or shorter form) of a longer name: "Aliyev" and "Ilham Aliyev".
  const [short, long] = x.length < y.length ? [x, y] : [y, x];
  if (short.length >= 4 && (long.endsWith(` ${short}`) || long.startsWith(`${short} `))) return true;
  return false;
}

const decks = GOLDEN_FILES.map((name) => {
  const g = loadGolden(name);
  return loadArticle(g.article, g.sourceJson);
});

/** Capitalised names in a sentence ("Iraq", "Islamic Revolutionary Guard Corps"). */
const namesIn = (s: string) => s.match(/\p{Lu}[\p{L}’'-]*(?:\s+(?:of\s+|the\s+)*\p{Lu}[\p{L}’'-]*)*/gu) ?? [];

const withChoices = (cards: DeckCard[]) => cards.filter((c) => c.choices);

describe.each(decks.map((d) => [d.name, d] as const))('choices: %s', (_name, { deck }) => {
  it('never offers an alias of the answer', () => {
    const bad = withChoices(deck.cards).flatMap((c) =>
      c.choices!.filter((o) => o !== c.answer && aliases(o, c.answer)).map((o) => `${c.answer} / ${o}: ${c.prompt}`),
    );
    expect(bad).toEqual([]);
  });

  it('never offers two choices that are aliases of each other', () => {
    const bad: string[] = [];
    for (const c of withChoices(deck.cards)) {
      const cs = c.choices!;
      for (let i = 0; i < cs.length; i++) for (let j = i + 1; j < cs.length; j++) if (aliases(cs[i]!, cs[j]!)) bad.push(`${cs[i]} / ${cs[j]}: ${c.prompt}`);
    }
    expect(bad).toEqual([]);
  });

  it('never offers as a wrong choice something the sentence also names, or an alias of it', () => {
    const bad: string[] = [];
    for (const c of withChoices(deck.cards)) {
      const names = namesIn(c.source.sentence);
      for (const o of c.choices!) {
        if (o === c.answer) continue;
        const inSentence = new RegExp(`(^|[^\\p{L}])${o.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}])`, 'iu').test(c.source.sentence);
        if (inSentence || names.some((n) => aliases(n, o))) bad.push(`${o}: ${c.prompt} -> ${c.answer}`);
      }
    }
    expect(bad).toEqual([]);
  });
});

describe('the test’s own alias check', () => {
  it('knows acronyms, surnames, capitals and possessives', () => {
    expect(aliases('IRGC', 'Islamic Revolutionary Guard Corps')).toBe(true);
    expect(aliases('Aliyev', 'Ilham Aliyev')).toBe(true);
    expect(aliases('Tehran', 'Iran')).toBe(true);
    expect(aliases('Baku’s', 'Azerbaijan')).toBe(true);
    expect(aliases('Iraq', 'Iran')).toBe(false);
    expect(aliases('Hulusi Akar', 'Yaşar Güler')).toBe(false);
  });
});
