/**
 * The deck file format, shared by the generator, the bundled decks and the app.
 * decks/README.md documents it for people; this file is the source of truth for code.
 */

export const DECK_FORMAT_VERSION = 1;

/** Who wrote the article and where it appeared; written by hand in source.json. */
export interface DeckSource {
  /** The article's headline. */
  title: string;
  /** Authors in byline order; empty when unknown. */
  authors: string[];
  /** The publishing organisation, or "" when unknown. */
  publisher: string;
  /** ISO date (YYYY, YYYY-MM or YYYY-MM-DD) as far as known, or "". */
  date: string;
  /** Where the article can be read online, when known. */
  url?: string;
}

/** Where a card's answer stands in the article. */
export interface CardSourceSpan {
  /** The sentence exactly as it stands in the article: article.slice(start, end). */
  sentence: string;
  /** JavaScript string index of the sentence's first character in article.txt. */
  start: number;
  /** Index one past its last character (end exclusive). */
  end: number;
}

/** The shapes a card can take; more arrive as the generator learns them. */
export type CardKind = 'cloze' | 'question' | 'who-said' | (string & {});

/** One generated card, as stored in deck.json. */
export interface DeckCard {
  /** Stable short hash of (kind, normalised sentence, answer, occurrence); never a position. */
  id: string;
  kind: CardKind;
  /** The heading the sentence falls under, or "" before the first heading. */
  section: string;
  /** The front of the card; a cloze blank is written `_____`. */
  prompt: string;
  /** The back, verbatim from the article. */
  answer: string;
  /** For multiple choice: at least 4 distinct strings, the answer among them verbatim. */
  choices?: string[];
  /** When the answer is a date, its resolved ISO form (the answer itself stays verbatim). */
  answerDate?: string;
  source: CardSourceSpan;
}

/** A whole deck.json. */
export interface DeckFile {
  formatVersion: typeof DECK_FORMAT_VERSION;
  /** URL-safe identifier; progress is keyed by slug and card id. */
  slug: string;
  title: string;
  source: DeckSource;
  cards: DeckCard[];
}

/** A deck as the app holds it, with (or able to load) the article its offsets index. */
export interface Deck extends DeckFile {
  /**
   * The article text. A bundled deck's article is loaded only when it is read (the home and
   * review screens never need it), so it is absent until then.
   */
  article?: string;
  /** True for decks shipped with the app, false for decks a user made on the device. */
  bundled: boolean;
  /**
   * Ids of cards whose fact left the article when the deck was regenerated. They stay in
   * `cards` with their history, are never studied, and show as retired.
   */
  retired?: string[];
}

/** The cloze blank, written the same way everywhere. */
export const BLANK = '_____';

/** How many cards a deck studies: retired cards stay for their history but are not counted. */
export function liveCardCount(deck: Deck): number {
  return deck.cards.length - (deck.retired?.length ?? 0);
}

/** A deck made on a device, as it is stored and backed up: the deck file and its article. */
export interface StoredDeck {
  deck: DeckFile;
  article: string;
  /** Ids of retired cards (see Deck.retired). */
  retired?: string[];
  /** Epoch ms. */
  createdAt: number;
  /** Epoch ms of the last regeneration; a backup merge keeps the later copy. */
  updatedAt: number;
}
