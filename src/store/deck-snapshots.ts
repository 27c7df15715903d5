/**
 * Bundled decks change when the app updates with a better generator. A card whose fact is gone
 * from the new deck.json would vanish with its history, so the cards of the version last loaded
 * are remembered here; one that a learner has studied comes back as retired: shown with its
 * history, never studied again. The whole deck is remembered, not only the cards studied so far,
 * because a card first answered after this load must still be found after the next update.
 */
import type { Deck, DeckCard } from '../core/deck';
import { commit, read } from './db';
import { ensureSchema } from './schema';
import { snapshotKey } from '../core/record-keys';

/** The deck with every studied card that left it appended as retired. */
export async function withRetiredCards(deck: Deck, studied: (cardId: string) => boolean): Promise<Deck> {
  await ensureSchema();
  const current = new Set(deck.cards.map((c) => c.id));
  const previous = (await read<DeckCard[]>(snapshotKey(deck.slug))) ?? [];
  const gone = previous.filter((c) => !current.has(c.id) && studied(c.id));
  const snapshot = [...deck.cards, ...gone];
  if (snapshot.length !== previous.length || snapshot.some((c, i) => c.id !== previous[i]?.id)) {
    await commit([[snapshotKey(deck.slug), snapshot]]);
  }
  if (gone.length === 0) return deck;
  return { ...deck, cards: [...deck.cards, ...gone], retired: [...(deck.retired ?? []), ...gone.map((c) => c.id)] };
}
