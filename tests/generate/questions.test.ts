/**
 * Short questions from safe templates (roles, "When did …?", "How many …?"): the template is
 * used only where the sentence fits it, and every question over every deck reads as one.
 */
import { BLANK } from '../../src/core/deck';
import { analyseParagraph } from '../../src/generate/entities';
import { factsOf } from '../../src/generate/facts';
import { questionsFor } from '../../src/generate/questions';
import { GOLDEN_FILES, loadArticle, loadGolden } from './helpers';

function questions(sentence: string): [string, string][] {
  const { entities, verbs } = analyseParagraph(sentence);
  const { facts } = factsOf(sentence, entities, '2023-01');
  return questionsFor(sentence, facts, verbs).map((q) => [q.prompt, q.fact.text]);
}

describe('question templates', () => {
  it('asks "When did …?" for a date that opens the sentence, with the verb in its base form', () => {
    expect(
      questions('On Dec. 31, Iranian Foreign Minister Hossein Amir-Abdollahian had a phone conversation with his Azerbaijani counterpart, Jeyhun Bayramov, in which he emphasized that relations matter.'),
    ).toContainEqual(['When did Iranian Foreign Minister Hossein Amir-Abdollahian have a phone conversation with his Azerbaijani counterpart?', 'Dec. 31']);
  });

  it('asks "When did …?" for a date that ends a simple sentence', () => {
    expect(questions('Azerbaijan also held joint military exercises with Turkey in December.')).toContainEqual([
      'When did Azerbaijan also hold joint military exercises with Turkey?',
      'December',
    ]);
  });

  it('asks "How many …?" for a count right after the main verb', () => {
    expect(questions('Azerbaijan also detained 19 people, alleging that they were working for Iranian intelligence services.')).toContainEqual([
      'How many people did Azerbaijan also detain?',
      '19 people',
    ]);
  });

  it('asks for a person from a title with a demonym, a title with "of", or a role apposition', () => {
    const qs = questions('On Dec. 31, Iranian Foreign Minister Hossein Amir-Abdollahian had a phone conversation with his Azerbaijani counterpart, Jeyhun Bayramov, in which he spoke.');
    expect(qs).toContainEqual(['Who was the Iranian foreign minister?', 'Hossein Amir-Abdollahian']);
    expect(qs).toContainEqual(['Who was Hossein Amir-Abdollahian’s Azerbaijani counterpart?', 'Jeyhun Bayramov']);
    expect(questions('The treaty was signed, President Ilham Aliyev of Azerbaijan said on television.')).toContainEqual(['Who was the president of Azerbaijan?', 'Ilham Aliyev']);
  });

  it('leaves the cloze where no template is safe', () => {
    expect(questions('In October 2022, after the European Union decided to deploy a monitoring capacity to the border, Moscow and Tehran expressed concern.').filter(([q]) => q.startsWith('When'))).toEqual([]);
    expect(questions('On 25 May 1940 the team injected eight mice with a lethal dose of streptococci.')).toEqual([]);
    expect(questions('Israel and Azerbaijan have had a close relationship for almost three decades.')).toEqual([]);
    expect(questions('Defense Minister Hulusi Akar attended the drills.')).toEqual([]);
  });
});

const decks = GOLDEN_FILES.map((name) => {
  const g = loadGolden(name);
  return loadArticle(g.article, g.sourceJson);
});

describe.each(decks.map((d) => [d.name, d] as const))('questions read as questions: %s', (_name, { deck }) => {
  const qs = deck.cards.filter((c) => c.kind === 'question' || c.kind === 'who-said');

  it('end with "?" (or a quotation), hold no blank and never the answer', () => {
    for (const c of qs) {
      expect(c.prompt, c.prompt).toMatch(c.kind === 'who-said' ? /^Who said: “/ : /^(Who|What|When|How many|Where)\b.*\?$/);
      expect(c.prompt.includes(BLANK), c.prompt).toBe(false);
      expect(c.prompt.toLowerCase().includes(c.answer.toLowerCase()), c.prompt).toBe(false);
    }
  });

  it('use the base form after "did" and ask "When" for dates, "How many" for counts', () => {
    for (const c of qs.filter((c) => /\bdid\b/.test(c.prompt))) {
      expect(c.prompt, c.prompt).not.toMatch(/\bdid\b.*\b(had|held|was|were|made|took|met|said|went|detained|published)\b/);
      expect(c.prompt, c.prompt).not.toMatch(/^(When|How many) did (On|In|At|By|After|Before)\b/);
    }
    for (const c of qs.filter((c) => c.prompt.startsWith('When'))) expect(c.answer, c.prompt).toMatch(/\d|January|February|March|April|May|June|July|August|September|October|November|December/);
    for (const c of qs.filter((c) => c.prompt.startsWith('How many'))) expect(c.answer, c.prompt).toMatch(/^(\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a dozen)/i);
  });
});
