/** Actions that add, rename, update and delete decks: the store call, then the signals. */
import { DECK_FORMAT_VERSION, type Deck, type DeckCard, type DeckFile } from '../core/deck';
import { diffDecks, mergeRegenerated } from '../core/deck-update';
import { slugify } from '../core/slug';
import { bundledSlugs } from '../store/bundled-decks';
import { deleteDeck, saveDeckPrefs, saveUserDeck } from '../store/user-decks';
import { decks, deckBySlug, logs, setDecks, setLogs, setStates, states } from './data';
import { deckOverrides, edits, flags, lastUndo, setDeckOverrides, setEdits, setFlags, setLastUndo } from './study-data';

/** Saves a deck generated on the device under a slug no other deck has, and returns it. */
export async function addDeck(generated: DeckFile, article: string, title: string): Promise<Deck> {
  const taken = new Set([...bundledSlugs, ...decks().map((d) => d.slug)]);
  const slug = slugify(title, taken);
  const file: DeckFile = { ...generated, formatVersion: DECK_FORMAT_VERSION, slug, title, source: { ...generated.source, title: generated.source.title || title } };
  await saveUserDeck(file, article, [], Date.now());
  const deck: Deck = { ...file, article, bundled: false, retired: [] };
  setDecks([...decks(), deck]);
  return deck;
}

export async function renameDeck(slug: string, title: string): Promise<void> {
  await saveDeckPrefs(slug, { title });
  setDecks(decks().map((d) => (d.slug === slug ? { ...d, title } : d)));
}

/** Deletes a deck with all its progress; the screens forget it at once. */
export async function removeDeck(slug: string): Promise<void> {
  const deck = deckBySlug(slug);
  if (!deck) return;
  await deleteDeck(slug, deck.bundled);
  setDecks(decks().filter((d) => d.slug !== slug));
  const mine = (k: string) => k.startsWith(`${slug}/`);
  setStates(new Map([...states()].filter(([k]) => !mine(k))));
  setLogs(logs().filter((l) => l.deck !== slug));
  setFlags(new Map([...flags()].filter(([k]) => !mine(k))));
  setEdits(new Map([...edits()].filter(([k]) => !mine(k))));
  const { [slug]: _gone, ...overrides } = deckOverrides();
  setDeckOverrides(overrides);
  if (lastUndo()?.log.deck === slug) setLastUndo(undefined);
}

export interface UpdateSummary {
  added: DeckCard[];
  retired: DeckCard[];
  kept: number;
}

/** What regenerating `slug` from a revised article would change. */
export function previewUpdate(slug: string, regenerated: DeckFile): UpdateSummary {
  const old = deckBySlug(slug);
  if (!old) throw new Error(`No deck "${slug}" on this device.`);
  const d = diffDecks(old.cards, regenerated.cards, new Set(old.retired ?? []));
  return { added: d.added, retired: d.retired, kept: d.kept.length };
}

/**
 * Replaces a user-made deck's cards with a regenerated set. Cards whose id survives keep their
 * progress (it is keyed by id); cards whose fact is gone stay, retired, with their history.
 */
export async function updateDeck(slug: string, regenerated: DeckFile, article: string): Promise<UpdateSummary> {
  const old = deckBySlug(slug);
  if (!old || old.bundled) throw new Error('Only decks made on this device can be updated from a revised article.');
  const before = new Set(old.retired ?? []);
  const diff = diffDecks(old.cards, regenerated.cards, before);
  const cards = mergeRegenerated(old.cards, regenerated.cards);
  const newIds = new Set(regenerated.cards.map((c) => c.id));
  const retired = cards.filter((c) => !newIds.has(c.id)).map((c) => c.id);
  const file: DeckFile = { formatVersion: DECK_FORMAT_VERSION, slug, title: old.title, source: regenerated.source, cards };
  await saveUserDeck(file, article, retired, Date.now());
  setDecks(decks().map((d) => (d.slug === slug ? { ...file, article, bundled: false, retired } : d)));
  return { added: diff.added, retired: diff.retired, kept: diff.kept.length };
}
