/**
 * Property tests: any string gives a valid deck or a GenerateError (never another throw or
 * a hang), in full Unicode and up to 200,000 characters; the rules hold for every card.
 */
import fc from 'fast-check';
import { generateDeck, GenerateError } from '../../src/generate/index';
import { checkDeck } from './deck-checks';
import { hasContent, leaksAnswer } from '../../src/generate/rules';
import { BLANK } from '../../src/core/deck';

const source = { title: 'T', authors: [], publisher: '', date: '2023-01' };
/** PROPERTY_SEED=random explores new cases; by default the runs are the same every time. */
const SEED = process.env.PROPERTY_SEED === 'random' ? Date.now() % 2 ** 31 : Number(process.env.PROPERTY_SEED || 20261128);

function attempt(text: string): void {
  let deck;
  try {
    deck = generateDeck({ text, slug: 'p', source });
  } catch (e) {
    expect(e).toBeInstanceOf(GenerateError);
    expect((e as GenerateError).message.length).toBeGreaterThan(10);
    return;
  }
  expect(checkDeck(deck, text)).toEqual([]);
  for (const c of deck.cards) {
    // Word-aware: "a" inside "said" is no leak, but "a" as a whole word would be.
    expect(leaksAnswer(c.prompt.replace(BLANK, ' '), c.answer), `${c.prompt} => ${c.answer}`).toBe(false);
    expect(hasContent(c.answer), c.answer).toBe(true);
    expect(c.prompt).not.toMatch(/\b(a|an)\s+_____/i);
  }
}

const WORDS = [
  'the', 'a', 'of', 'and', 'in', 'said', 'President', 'Ilham', 'Aliyev', 'Iran', 'Baku', 'on', 'Dec.', '31,',
  'October', '2022', '19', 'people', 'three', 'decades', '“We', 'will', 'win,”', 'he', 'said.', 'This', 'It',
  'Mighty', 'codenamed', 'called', 'Fist,', '(IRGC)', '—', 'Dr.', 'U.S.', 'Pandora’s', 'PhD', '[Mohammad]',
  'Khatami', 'Photo', 'courtesy', 'click', 'here.', 'ministry', 'Ministry', 'of', 'Defence', 'an', 'is', 'was',
  '"quoted', 'words"', 'élan', 'naïve', '日本', '🙂', 'Ωmega', '12%', '2,000', 'litres', 'in', 'November.',
];

/** Word salad that looks enough like an article to reach the whole pipeline. */
const prose = fc
  .array(fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 40 }).map((ws) => ws.join(' ') + '.'), { minLength: 1, maxLength: 30 })
  .chain((sents) => fc.array(fc.constantFrom(' ', '\n', '\n\n', '\r\n'), { minLength: sents.length, maxLength: sents.length }).map((seps) => sents.map((s, i) => s + seps[i]).join('')));

describe('any string gives a valid deck or a GenerateError', () => {
  // Seeded (see SEED), so a failure reproduces; PROPERTY_SEED=random explores further.
  it('full Unicode strings from empty to 200,000 characters (500 runs)', () => {
    // Mostly short strings, where the edge cases are, with a tail of long ones up to 200,000.
    const text = fc.oneof(
      { weight: 12, arbitrary: fc.string({ unit: 'binary', maxLength: 400 }) },
      { weight: 3, arbitrary: fc.string({ unit: 'binary', minLength: 400, maxLength: 20_000 }) },
      { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 20_000, maxLength: 200_000 }) },
    );
    fc.assert(fc.property(text, attempt), { numRuns: 500, seed: SEED });
  });

  it('article-like word salad with quotes, titles and boilerplate (200 runs)', () => {
    fc.assert(fc.property(prose, attempt), { numRuns: 200, seed: SEED + 1 });
  });

  it('long inputs up to 200,000 characters (6 runs)', () => {
    const long = fc
      .tuple(prose, fc.integer({ min: 20_000, max: 200_000 }), fc.string({ unit: 'binary', maxLength: 50 }))
      .map(([p, n, noise]) => (p + ' ' + noise + '\n').repeat(Math.ceil(n / (p.length + noise.length + 2))).slice(0, n));
    fc.assert(fc.property(long, attempt), { numRuns: 6, seed: SEED + 2 });
  });

  it('rejects empty, binary and oversized input with a readable code', () => {
    const code = (text: string) => {
      try {
        generateDeck({ text, slug: 'p', source });
        return 'ok';
      } catch (e) {
        return (e as GenerateError).code;
      }
    };
    expect(code('')).toBe('empty');
    expect(code('  \n\t ')).toBe('empty');
    expect(code('abc\u0000def'.repeat(20))).toBe('binary');
    expect(code('word '.repeat(1_100_000))).toBe('too-large');
    expect(code('### ### ###')).toBe('no-sentences');
  });
});
