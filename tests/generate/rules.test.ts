/**
 * The card quality rules of issue 3, each a test over every card of every deck we generate
 * (the bundled article and the fixtures). These checks are written independently of
 * src/generate/rules.ts, so a bug there cannot hide here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BLANK, type DeckCard, type DeckFile } from '../../src/core/deck';
import { GOLDEN_FILES, ROOT, aliases, loadArticle, loadGolden } from './helpers';
import { checkDeck } from './deck-checks';

const decks = GOLDEN_FILES.map((name) => {
  const g = loadGolden(name);
  return loadArticle(g.article, g.sourceJson);
});

describe.each(decks.map((d, i) => [d.name, d, loadGolden(GOLDEN_FILES[i]!)] as const))('rules: %s', (_name, { deck, body }, golden) => {
  const cards = deck.cards;

  it('is a valid deck whose offsets index the body', () => {
    expect(checkDeck(deck, body)).toEqual([]);
  });

  it('has one fact per card: one blank in a cloze, none elsewhere, never a list as answer', () => {
    for (const c of cards) {
      const blanks = c.prompt.split(BLANK).length - 1;
      expect(blanks, c.prompt).toBe(c.kind === 'cloze' ? 1 : 0);
      expect(c.answer, c.prompt).not.toMatch(/[,;]\s|\s(and|or)\s[^,]*,/);
    }
  });

  it('keeps answers to 6 words, or 12 for a fragment of a quote', () => {
    for (const c of cards) {
      const n = c.answer.split(/\s+/).length;
      const inQuote = /^[^:]{1,60}: “/.test(c.prompt) && c.kind === 'cloze';
      expect(n, `${c.prompt} -> ${c.answer}`).toBeLessThanOrEqual(inQuote ? 12 : 6);
    }
  });

  it('never shows the answer, or a person’s surname, in the prompt', () => {
    for (const c of cards) {
      const p = c.prompt.toLowerCase();
      expect(p.includes(c.answer.toLowerCase()), `${c.prompt} -> ${c.answer}`).toBe(false);
      const words = c.answer.split(/\s+/);
      const titled = new RegExp(`(President|Minister|Dr\\.?|Mr\\.?|Mrs\\.?|Ms\\.?|Queen|King|Empress|Lord) ${c.answer.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`).test(c.source.sentence);
      const person = c.kind === 'who-said' || /^Who\b/.test(c.prompt) || titled;
      if (person && words.length > 1 && words.every((w) => /^\p{Lu}/u.test(w))) {
        const surname = words[words.length - 1]!;
        expect(new RegExp(`\\b${surname}\\b`, 'u').test(c.prompt), `${c.prompt} -> ${c.answer}`).toBe(false);
      }
    }
  });

  it('never shows an alias of the answer in the prompt ("Azerbaijan" when the answer is "Baku")', () => {
    const bad: string[] = [];
    for (const c of cards) {
      const names = c.prompt.match(/\p{Lu}[\p{L}’'-]*(?:\s+(?:of\s+|the\s+)*\p{Lu}[\p{L}’'-]*)*/gu) ?? [];
      for (const n of names) if (aliases(n, c.answer)) bad.push(`${n}: ${c.prompt} -> ${c.answer}`);
    }
    expect(bad).toEqual([]);
  });

  it('asks about at most 2 items of one list in a sentence ("Iraq, Syria, Lebanon, and Yemen")', () => {
    const perList = new Map<number, string[]>();
    const ITEM = "\\p{Lu}[\\p{L}’'-]*(?: \\p{Lu}[\\p{L}’'-]*){0,3}";
    const LIST = new RegExp(`(?:${ITEM}, ){2,}(?:and |or )?${ITEM}|(?:${ITEM}, )+${ITEM},? (?:and|or) ${ITEM}`, 'gu');
    for (const c of cards.filter((c) => c.kind === 'cloze')) {
      const lists = c.source.sentence.match(LIST) ?? [];
      if (!lists.some((l) => l.split(/,\s(?:and\s|or\s)?|\s(?:and|or)\s/).includes(c.answer))) continue;
      perList.set(c.source.start, [...(perList.get(c.source.start) ?? []), c.answer]);
    }
    const crowded = [...perList.values()].filter((answers) => answers.length > 2);
    expect(crowded).toEqual([]);
  });

  it('has no "a" or "an" right before a blank', () => {
    for (const c of cards) expect(c.prompt).not.toMatch(/\b(a|an)\s+_____/i);
  });

  it('never starts a prompt with an unresolved pronoun, "this" or "the country"', () => {
    const bad = /^(he|she|it|they|this|these|those|that|his|her|its|their|we|the country)\b/i;
    for (const c of cards) expect(c.prompt.replace(/^[\s…“"]+/, ''), c.prompt).not.toMatch(bad);
  });

  it('keeps prompts to 35 words', () => {
    for (const c of cards) expect(c.prompt.split(/\s+/).length, c.prompt).toBeLessThanOrEqual(35);
  });

  it('takes every answer verbatim from its sentence (a speaker may stand in the sentence before)', () => {
    for (const c of cards) {
      if (c.source.sentence.includes(c.answer)) continue;
      expect(c.kind, `${c.prompt} -> ${c.answer}`).toBe('who-said');
      const near = body.slice(Math.max(0, c.source.start - 400), c.source.start);
      expect(near.includes(c.answer), c.answer).toBe(true);
    }
  });

  it('never repeats a prompt', () => {
    const prompts = cards.map((c) => c.prompt);
    expect(new Set(prompts).size).toBe(prompts.length);
  });

  it('has no editorial brackets or stray titles in answers', () => {
    for (const c of cards) {
      expect(c.answer).not.toMatch(/[\[\]]/);
      expect(c.answer).not.toMatch(/^(President|Prime Minister|Minister|Foreign Minister|Defense Minister|Mr\.?|Mrs\.?|Dr\.?|Senator|General)\s/);
    }
  });

  it('never takes a word that is not a person for a person', () => {
    const notPeople = /\b(Pandora|PhD|MEI|Box)\b/;
    for (const c of cards.filter((c) => c.kind === 'who-said' || /^Who\b/.test(c.prompt))) {
      expect(c.answer).not.toMatch(notPeople);
      expect(c.answer).toMatch(/^\p{Lu}/u);
    }
  });

  it('never makes "who said" cards for scare-quoted terms', () => {
    for (const c of cards.filter((c) => c.kind === 'who-said')) {
      const quote = /“([^”]*)”/.exec(c.prompt)?.[1] ?? '';
      expect(quote.split(/\s+/).length, c.prompt).toBeGreaterThanOrEqual(5);
    }
  });

  it('gives at least 3 distractors of the same shape, never an alias of the answer', () => {
    for (const c of cards as DeckCard[]) {
      if (!c.choices) continue;
      const others = c.choices.filter((x) => x !== c.answer);
      for (const o of others) {
        expect(o.toLowerCase().includes(c.answer.toLowerCase()) || c.answer.toLowerCase().includes(o.toLowerCase()), `${c.answer} vs ${o}`).toBe(false);
        if (/^\d{4}$/.test(c.answer)) expect(o).toMatch(/^\d{4}$/);
      }
    }
  });

  it('resolves date answers to ISO and never asks for a relative date', () => {
    for (const c of cards) {
      if (c.answerDate) expect(c.answerDate).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
      expect(c.answer).not.toMatch(/^(this|last|next)\s+(autumn|fall|spring|summer|winter|year|month|week)$/i);
    }
  });

  it('covers every paragraph with substance', () => {
    const starts = cards.map((c) => c.source.start);
    let offset = 0;
    for (const line of body.split('\n')) {
      const end = offset + line.length;
      // Boilerplate is what the golden list bans; everything else long enough must be asked about.
      const boilerplate = golden.mustNotExist.some((b) => b.sentenceIncludes && line.toLowerCase().includes(b.sentenceIncludes.toLowerCase()));
      const substantive = !boilerplate && line.split(/\s+/).length >= 40 && /[.!?]["”]?$/.test(line.trim());
      if (substantive) expect(starts.some((s) => s >= offset && s < end), line.slice(0, 80)).toBe(true);
      offset = end + 1;
    }
  });
});

describe('the bundled deck', () => {
  const file = join(ROOT, 'decks/azerbaijan-iran-tensions/deck.json');
  const committed = JSON.parse(readFileSync(file, 'utf8')) as DeckFile;
  const body = readFileSync(join(ROOT, 'decks/azerbaijan-iran-tensions/article.txt'), 'utf8');

  it('has between 60 and 150 cards with cloze, question and who-said kinds', () => {
    expect(committed.cards.length).toBeGreaterThanOrEqual(60);
    expect(committed.cards.length).toBeLessThanOrEqual(150);
    const kinds = new Set(committed.cards.map((c) => c.kind));
    expect([...kinds].sort()).toEqual(['cloze', 'question', 'who-said']);
  });

  it('indexes article.txt exactly', () => {
    expect(checkDeck(committed, body)).toEqual([]);
  });
});

describe('answers with content', () => {
  it('refuses an answer made only of function words', async () => {
    const { hasContent, ruleViolations } = await import('../../src/generate/rules');
    expect(hasContent('a')).toBe(false);
    expect(hasContent('he said')).toBe(false);
    expect(hasContent('Mighty Iran')).toBe(true);
    expect(hasContent('19 people')).toBe(true);
    const ctx = { kind: 'cloze', prompt: 'He _____ it.', answer: 'said', sentence: 'He said it.', inQuote: false, answerNearby: false };
    expect(ruleViolations(ctx)).toContain('answer has no content');
  });
});
