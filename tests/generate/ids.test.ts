/** Card ids stay the same when the deck is regenerated and when an unrelated paragraph changes. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateDeck } from '../../src/generate/index';
import { ROOT } from './helpers';

const article = readFileSync(join(ROOT, 'decks/azerbaijan-iran-tensions/article.txt'), 'utf8');
const source = JSON.parse(readFileSync(join(ROOT, 'decks/azerbaijan-iran-tensions/source.json'), 'utf8'));
const gen = (text: string) => generateDeck({ text, slug: 'a', source });

describe('card ids', () => {
  const first = gen(article);

  it('are the same, byte for byte, when the deck is regenerated', () => {
    expect(JSON.stringify(gen(article))).toBe(JSON.stringify(first));
  });

  it('stay the same for other paragraphs when one paragraph changes', () => {
    const lines = article.split('\n');
    const i = lines.findIndex((l) => l.startsWith('Azerbaijan also detained 19 people'));
    const changedLine = lines[i]!;
    lines[i] = changedLine.replace('19 people', '21 people').replace('14 individuals', '15 individuals');
    const edited = lines.join('\n');
    const start = edited.indexOf(lines[i]!);
    const end = start + lines[i]!.length;
    const second = gen(edited);
    const before = new Map(first.cards.map((c) => [c.id, c]));
    const outside = second.cards.filter((c) => c.source.end < start || c.source.start > end);
    const kept = outside.filter((c) => before.has(c.id));
    // Every card outside the edited paragraph keeps its id; only distractor choice may differ.
    expect(kept.length / outside.length).toBeGreaterThan(0.95);
    for (const c of kept) expect(before.get(c.id)!.prompt).toBe(c.prompt);
  });
});
