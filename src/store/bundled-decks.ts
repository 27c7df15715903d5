/**
 * The decks shipped with the app. Each deck.json and article.txt becomes its own lazily loaded
 * chunk, so the first screen's bundle stays small while the service worker still precaches them.
 */
import type { Deck, DeckFile } from '../core/deck';

const deckFiles = import.meta.glob<DeckFile>('/decks/*/deck.json', { import: 'default' });
const articles = import.meta.glob<string>('/decks/*/article.txt', { query: '?raw', import: 'default' });

const slugOf = (path: string) => path.split('/')[2]!;

/** Slugs of the bundled decks, known without loading any of them. */
export const bundledSlugs: readonly string[] = Object.keys(deckFiles).map(slugOf).sort();

/** Loads one bundled deck, without its article, or undefined when no such deck ships. */
export async function loadBundledDeck(slug: string): Promise<Deck | undefined> {
  const deckLoader = deckFiles[`/decks/${slug}/deck.json`];
  if (!deckLoader) return undefined;
  return { ...(await deckLoader()), bundled: true };
}

/** A bundled deck's article text, or undefined when no such deck ships. */
export async function loadBundledArticle(slug: string): Promise<string | undefined> {
  return articles[`/decks/${slug}/article.txt`]?.();
}
