/** Reading and writing the bundled decks under decks/<slug>/, shared by the deck scripts and tests. */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DeckFile, DeckSource } from '../src/core/deck';
import { generateDeck } from '../src/generate/index';

export const DECKS_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'decks');

export interface DeckFolder {
  slug: string;
  dir: string;
  article: string;
  source: DeckSource;
}

/** Every folder under decks/ that holds an article.txt and a source.json. */
export function deckFolders(root = DECKS_DIR): DeckFolder[] {
  return readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(root, d.name, 'article.txt')))
    .map((d) => {
      const dir = join(root, d.name);
      return {
        slug: d.name,
        dir,
        article: readFileSync(join(dir, 'article.txt'), 'utf8'),
        source: JSON.parse(readFileSync(join(dir, 'source.json'), 'utf8')) as DeckSource,
      };
    })
    .sort((a, b) => a.slug.localeCompare(b.slug));
}

/** deck.json exactly as `npm run decks` writes it: two-space JSON and a final newline. */
export function renderDeck(folder: DeckFolder): string {
  const deck: DeckFile = generateDeck({ text: folder.article, slug: folder.slug, source: folder.source });
  return JSON.stringify(deck, null, 2) + '\n';
}
