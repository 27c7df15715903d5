/**
 * Direct quotations and their speakers. A quotation needs at least five words and a speaker
 * found before it, after it or in the neighbouring sentence; a shorter quoted phrase with no
 * speaker ("axis of resistance") is a term, not a quotation.
 */
import { SPEECH_VERBS } from './lexicon';

export interface QuoteSpan {
  /** Offsets of the quoted words (without the marks) in the sentence. */
  start: number;
  end: number;
  text: string;
  words: number;
}

const PAIRS = /“([^“”]{1,2000})”|"([^"]{1,2000})"/g;

export function findQuotes(s: string): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  PAIRS.lastIndex = 0;
  for (let m = PAIRS.exec(s); m; m = PAIRS.exec(s)) {
    const inner = m[1] ?? m[2] ?? '';
    const lead = inner.length - inner.trimStart().length;
    const text = inner.trim().replace(/[,;:]$/, '');
    if (!/\p{L}/u.test(text)) continue;
    const start = m.index + 1 + lead;
    out.push({ start, end: start + text.length, text, words: text.split(/\s+/).length });
  }
  return out;
}

/** A quoted term: short, and not said by anyone. */
export const isTerm = (q: QuoteSpan) => q.words <= 4 && !/[.!?]$/.test(q.text);

const VERB = new RegExp(`\\b(?:${SPEECH_VERBS}|according to)\\b`, 'i');
export const SPEECH_AFTER = new RegExp(`^[\\s,”"’]*(?:(?:he|she|they)\\s+(?:\\w+\\s+)?(?:${SPEECH_VERBS})\\b)`, 'i');
export const SPEECH_PRONOUN_BEFORE = new RegExp(`\\b(?:he|she)\\s+(?:\\w+\\s+){0,3}?(?:${SPEECH_VERBS})\\b`, 'i');

export interface SpeakerCandidate {
  start: number;
  end: number;
  text: string;
}

/**
 * The speaker of quote `q` in sentence `s` among `names` (people and organisations of the
 * sentence): one after the quote with a speech verb near it, or one before it that a speech
 * verb follows. Returns 'pronoun' when "he said" points elsewhere.
 */
export function speakerIn(s: string, q: QuoteSpan, names: SpeakerCandidate[]): SpeakerCandidate | 'pronoun' | undefined {
  const closeAt = s.indexOf('”', q.end) >= 0 ? s.indexOf('”', q.end) + 1 : Math.min(s.length, q.end + 1);
  const after = s.slice(closeAt, closeAt + 100);
  if (SPEECH_AFTER.test(after)) return 'pronoun';
  for (const n of names) {
    if (n.start >= closeAt && n.start - closeAt <= 40) {
      const window = s.slice(closeAt, Math.min(s.length, n.end + 50));
      if (VERB.test(window)) return n;
    }
  }
  const before = s.slice(0, q.start);
  const verb = [...before.matchAll(new RegExp(VERB.source, 'gi'))].pop();
  if (verb && verb.index !== undefined) {
    const cands = names.filter((n) => n.end <= verb.index!);
    if (cands.length) return cands[0];
    if (SPEECH_PRONOUN_BEFORE.test(before)) return 'pronoun';
  }
  return undefined;
}
