/**
 * The deck generator's entry point: article text in, deck out. Pure: no DOM, no I/O, no clock,
 * so it runs the same in Node (npm run decks) and in the browser's worker.
 */
import { BLANK, DECK_FORMAT_VERSION, type DeckCard, type DeckFile, type DeckSource } from '../core/deck';
import { cardId } from './card-id';

export interface GenerateInput {
  /** The article body; card offsets index this exact string. */
  text: string;
  slug: string;
  source: DeckSource;
}

interface Sentence {
  text: string;
  start: number;
  section: string;
}

const HEADING_MAX_WORDS = 10;

function isHeading(line: string): boolean {
  const t = line.trim();
  return t.length > 0 && t.split(/\s+/).length <= HEADING_MAX_WORDS && !/[.!?:;,"”]$/.test(t);
}

/** Splits paragraphs into sentences, keeping each one's offset into the text. */
function sentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let section = '';
  let offset = 0;
  for (const line of text.split('\n')) {
    const lineStart = offset;
    offset += line.length + 1;
    if (isHeading(line)) {
      section = line.trim();
      continue;
    }
    const re = /[^.!?]+(?:[.!?]+["”’)]*|$)/g;
    let acc = '';
    let accStart = -1;
    for (let m = re.exec(line); m; m = re.exec(line)) {
      if (!m[0]) break;
      if (accStart < 0) accStart = m.index;
      acc = line.slice(accStart, m.index + m[0].length);
      // "Dec. 31" and "U.S." are not sentence ends: wait for a full stop after a longer word.
      if (/\b(?:[A-Z][a-z]{0,3}|[A-Z])\.$/.test(acc.trimEnd()) && m.index + m[0].length < line.length) continue;
      const lead = acc.length - acc.trimStart().length;
      const body = acc.trim();
      if (body) out.push({ text: body, start: lineStart + accStart + lead, section });
      acc = '';
      accStart = -1;
    }
  }
  return out;
}

const NAME = /\b(?:[A-Z][\p{L}’'-]+)(?:\s+(?:of\s+)?[A-Z][\p{L}’'-]+)*/gu;
const NUMBER = /\b\d[\d,.]*\b/g;

function candidates(s: string): string[] {
  const names = [...s.matchAll(NAME)].filter((m) => m.index! > 0).map((m) => m[0].replace(/[’']s$/, ''));
  const numbers = [...s.matchAll(NUMBER)].map((m) => m[0].replace(/[.,]$/, ''));
  return [...numbers, ...names].filter((a) => a.length > 1 && a.split(/\s+/).length <= 6);
}

/** Turns an article into a deck: one cloze card for each sentence with a name or number in it. */
export function generateDeck(input: GenerateInput): DeckFile {
  const cards: DeckCard[] = [];
  const seen = new Set<string>();
  const all = sentences(input.text).map((s) => ({ s, answers: candidates(s.text) }));
  const pool = [...new Set(all.flatMap((x) => x.answers))];
  for (const { s, answers } of all) {
    const answer = answers[0];
    if (!answer) continue;
    const at = s.text.indexOf(answer);
    const prompt = s.text.slice(0, at) + BLANK + s.text.slice(at + answer.length);
    if (seen.has(prompt)) continue;
    seen.add(prompt);
    const numeric = /^\d/.test(answer);
    const others = pool.filter((p) => p !== answer && /^\d/.test(p) === numeric && !s.text.includes(p));
    const card: DeckCard = {
      id: cardId('cloze', s.text, answer, 0),
      kind: 'cloze',
      section: s.section,
      prompt,
      answer,
      source: { sentence: s.text, start: s.start, end: s.start + s.text.length },
    };
    if (others.length >= 3) card.choices = [answer, ...others.slice(0, 3)].sort();
    cards.push(card);
  }
  return { formatVersion: DECK_FORMAT_VERSION, slug: input.slug, title: input.source.title, source: input.source, cards };
}
