/**
 * Regenerating a deck from a revised article, and the user's own edits to cards.
 *
 * Progress is keyed by card id, and ids are hashes of the fact, not positions: a card whose
 * id survives keeps its schedule. A card whose fact is gone is retired, never deleted, so
 * its history stays. Edits live in their own records keyed by card id and are laid over the
 * generated text when shown, so regenerating never overwrites them.
 */
import type { DeckCard } from './deck';
import { normalizeFlags, type CardFlags } from './card-flags';

/** What regenerating a deck changes. */
export interface DeckDiff {
  /** Cards whose id is new (or back after having been retired). */
  added: DeckCard[];
  /** Old cards whose id is gone: keep them, their state and history, flagged retired. */
  retired: DeckCard[];
  /** Cards whose id survives, in their regenerated form; their progress carries over. */
  kept: DeckCard[];
}

/**
 * Compare a deck's cards before and after regeneration. `oldCards` may include cards
 * retired earlier: one that comes back counts as added (and is un-retired by
 * `flagsAfterUpdate`), one still absent is simply not listed again.
 */
export function diffDecks(
  oldCards: readonly DeckCard[],
  newCards: readonly DeckCard[],
  alreadyRetired: ReadonlySet<string> = new Set(),
): DeckDiff {
  const oldIds = new Set(oldCards.map((c) => c.id));
  const newIds = new Set(newCards.map((c) => c.id));
  return {
    added: newCards.filter((c) => !oldIds.has(c.id) || alreadyRetired.has(c.id)),
    retired: oldCards.filter((c) => !newIds.has(c.id) && !alreadyRetired.has(c.id)),
    kept: newCards.filter((c) => oldIds.has(c.id) && !alreadyRetired.has(c.id)),
  };
}

/**
 * The card list to store after regeneration: the new cards in article order, then every
 * retired card (old and newly retired) so the browser can still show it and its history.
 */
export function mergeRegenerated(
  oldCards: readonly DeckCard[],
  newCards: readonly DeckCard[],
): DeckCard[] {
  const newIds = new Set(newCards.map((c) => c.id));
  return [...newCards, ...oldCards.filter((c) => !newIds.has(c.id))];
}

/**
 * Flag records to write after regeneration: `retired` set on cards that left the deck and
 * cleared on retired cards that came back. Only changed records are returned, keyed by id.
 */
export function flagsAfterUpdate(
  diff: DeckDiff,
  flagsById: Readonly<Record<string, CardFlags | undefined>>,
): Record<string, CardFlags> {
  const out: Record<string, CardFlags> = {};
  for (const c of diff.retired) {
    const f = normalizeFlags(flagsById[c.id]);
    if (!f.retired) out[c.id] = { ...f, retired: true };
  }
  // A card back from retirement is un-retired whether or not the caller told diffDecks
  // which ids were retired, so the two lists are both checked.
  for (const c of [...diff.added, ...diff.kept]) {
    const f = normalizeFlags(flagsById[c.id]);
    if (f.retired) {
      delete f.retired;
      out[c.id] = f;
    }
  }
  return out;
}

/** A user's changes to one card, stored apart from the generated deck, keyed by card id. */
export interface CardEdit {
  /** The front as the user wrote it; absent when they kept the generated one. */
  prompt?: string;
  /** The back as the user wrote it. */
  answer?: string;
  /** When it was last saved (epoch ms), to merge backups. */
  editedAt: number;
}

/**
 * The card as it should be shown: the user's edits over the generated text. An edited answer
 * takes the old one's place among the choices, or a quiz would offer the generated answer as a
 * wrong option beside the right one; when the new answer is already a choice, the card loses
 * its choices and is asked as a type-in question.
 */
export function applyEdits(card: DeckCard, edit?: CardEdit): DeckCard {
  if (!edit || (edit.prompt === undefined && edit.answer === undefined)) return card;
  const out: DeckCard = { ...card };
  if (edit.prompt !== undefined) out.prompt = edit.prompt;
  if (edit.answer !== undefined && edit.answer !== card.answer) {
    out.answer = edit.answer;
    if (card.choices) {
      if (card.choices.includes(edit.answer)) delete out.choices;
      else out.choices = card.choices.map((c) => (c === card.answer ? edit.answer! : c));
    }
  }
  return out;
}

/** Field messages for the edit form, with the same labels the form shows. */
export type EditErrors = Partial<Record<'prompt' | 'answer', string>>;

/**
 * Turn the edit form into the record to store. Only fields that differ from the generated
 * card are kept, so a later improvement of the generator still reaches fields the user
 * never touched; `edit: null` means "delete the record" (everything is back to generated).
 */
export function makeEdit(
  generated: DeckCard,
  form: { prompt: string; answer: string },
  now: number,
): { ok: true; edit: CardEdit | null } | { ok: false; errors: EditErrors } {
  const prompt = form.prompt.trim();
  const answer = form.answer.trim();
  const errors: EditErrors = {};
  if (!prompt) errors.prompt = 'The prompt cannot be empty.';
  if (!answer) errors.answer = 'The answer cannot be empty.';
  if (errors.prompt || errors.answer) return { ok: false, errors };
  const edit: CardEdit = { editedAt: now };
  if (prompt !== generated.prompt) edit.prompt = prompt;
  if (answer !== generated.answer) edit.answer = answer;
  return { ok: true, edit: edit.prompt === undefined && edit.answer === undefined ? null : edit };
}
