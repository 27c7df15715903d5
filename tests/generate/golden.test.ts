/**
 * Golden tests: for each article, the facts a careful tutor would ask about (each must be
 * covered by some card) and the cards that must never exist. The lists were written before
 * the generator was tuned; see tests/generate/golden/*.json.
 */
import { GOLDEN_FILES, fold, loadArticle, loadGolden, type GoldenFact } from './helpers';
import type { DeckCard } from '../../src/core/deck';

function covers(card: DeckCard, f: GoldenFact): boolean {
  if (f.kind && card.kind !== f.kind) return false;
  if (f.kindNot && card.kind === f.kindNot) return false;
  if (f.context && !fold(card.source.sentence).includes(fold(f.context))) return false;
  if (f.answers && !f.answers.some((a) => fold(a) === fold(card.answer))) return false;
  if (f.answerDate && card.answerDate !== f.answerDate) return false;
  return true;
}

describe.each(GOLDEN_FILES)('golden: %s', (name) => {
  const golden = loadGolden(name);
  const { deck } = loadArticle(golden.article, golden.sourceJson);

  const gaps = golden.mustCover.filter((f) => f.knownGap);
  for (const f of gaps) it.skip(`known gap: ${f.fact} (${f.knownGap})`, () => {});

  it.each(golden.mustCover.filter((f) => !f.knownGap).map((f) => [f.fact, f] as const))('covers: %s', (_fact, f) => {
    const hit = deck.cards.find((c) => covers(c, f));
    expect(hit, `no card covers ${JSON.stringify(f)}`).toBeDefined();
  });

  it.each(golden.mustNotExist.map((b) => [b.why, b] as const))('never: %s', (_why, b) => {
    const re = b.answerPattern ? new RegExp(b.answerPattern, 'iu') : undefined;
    const bad = deck.cards.filter(
      (c) =>
        (!b.kind || c.kind === b.kind) &&
        (!re || re.test(c.answer)) &&
        (!b.promptPattern || new RegExp(b.promptPattern, 'iu').test(c.prompt)) &&
        (!b.choicesInclude || b.choicesInclude.every((x) => c.choices?.includes(x))) &&
        (!b.sentenceIncludes || fold(c.source.sentence).includes(fold(b.sentenceIncludes))),
    );
    expect(bad.map((c) => `${c.prompt} -> ${c.answer}`)).toEqual([]);
  });
});
