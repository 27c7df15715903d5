/**
 * Multiple-choice options over every card of every deck we generate: never an alias of the
 * answer, never two aliases of each other, never something the card's sentence also says.
 * The alias checks here are written independently of src/generate/aliases.ts.
 */
import type { DeckCard } from '../../src/core/deck';
import { GOLDEN_FILES, aliases, loadArticle, loadGolden } from './helpers';

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
