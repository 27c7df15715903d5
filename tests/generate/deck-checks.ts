/** Structural checks every generated deck must pass, shared by the rule and property tests. */
import { BLANK, DECK_FORMAT_VERSION, type DeckFile } from '../../src/core/deck';

/** Problems with a deck, as readable strings; empty when it is valid. */
export function checkDeck(deck: DeckFile, body: string): string[] {
  const errs: string[] = [];
  if (deck.formatVersion !== DECK_FORMAT_VERSION) errs.push('formatVersion');
  if (!Array.isArray(deck.cards)) return [...errs, 'cards is not an array'];
  const ids = new Set<string>();
  const prompts = new Set<string>();
  for (const c of deck.cards) {
    const where = `${c.id} ${JSON.stringify(c.prompt).slice(0, 60)}`;
    if (!/^[0-9a-z]{10}$/.test(c.id)) errs.push(`bad id ${where}`);
    if (ids.has(c.id)) errs.push(`duplicate id ${where}`);
    ids.add(c.id);
    if (prompts.has(c.prompt)) errs.push(`duplicate prompt ${where}`);
    prompts.add(c.prompt);
    if (body.slice(c.source.start, c.source.end) !== c.source.sentence) errs.push(`offsets ${where}`);
    if (!c.answer || !c.answer.trim()) errs.push(`empty answer ${where}`);
    if (c.kind === 'cloze' && c.prompt.split(BLANK).length !== 2) errs.push(`blanks ${where}`);
    if (c.choices) {
      if (c.choices.length < 4) errs.push(`few choices ${where}`);
      if (new Set(c.choices).size !== c.choices.length) errs.push(`repeated choice ${where}`);
      if (!c.choices.includes(c.answer)) errs.push(`answer not among choices ${where}`);
    }
    if (c.answerDate !== undefined && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(c.answerDate)) errs.push(`answerDate ${where}`);
    if (c.prompt.split(/\s+/).length > 35) errs.push(`long prompt ${where}`);
  }
  return errs;
}
