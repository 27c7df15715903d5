/**
 * Card quality rules (after Wozniak's twenty rules and Matuschak's advice on prompts). The
 * generator drops every candidate that breaks one; the tests check the same rules again
 * with their own code.
 */
import { BLANK } from '../core/deck';
import { NAME_SUFFIXES, NAME_TITLES, NOT_PEOPLE, TITLES } from './lexicon';

export const MAX_ANSWER_WORDS = 6;
export const MAX_QUOTE_ANSWER_WORDS = 12;
export const MAX_PROMPT_WORDS = 35;

/** Words a prompt must not start with: they point at something the card does not show. */
export const UNRESOLVED_START = /^(?:he|she|it|its|they|them|their|his|her|hers|we|our|us|i|you|this|these|that|those|such|the latter|the former|the country|the two|both of them)\b/i;

const COMMON_HEADS = new Set(
  'river sea lake ocean canal company university school state service board prize war union city region republic center centre institute laboratory hospital force forces army group party news channel ministry department council the of and new great north south east west'.split(' '),
);

/** Words that carry no fact of their own: an answer made only of these asks nothing. */
const FUNCTION_WORDS = new Set(
  ('a an the and or but nor of in on at to for from by with as into onto than then so if is are was were be been ' +
    'being am do does did has have had he she it its they them their his her hers we our us i me my you your this ' +
    'these that those there here who whom whose which what when where why how not no yes all any some said says say').split(' '),
);

/** Whether an answer names something: not empty, and not made only of function words. */
export function hasContent(answer: string): boolean {
  const words = foldText(answer).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  return words.some((w) => !FUNCTION_WORDS.has(w));
}

export const wordCount = (s: string) => s.trim().split(/\s+/).filter(Boolean).length;

/** Case- and quote-folded text for comparisons. */
export const foldText = (s: string) =>
  s.normalize('NFKC').replace(/[\u2018\u2019]/g, "'").replace(/[\u201C\u201D]/g, '"').toLowerCase();

/** The capitalised words of an answer that would give it away (surnames, "Zangezur"). */
export function tellTales(answer: string): string[] {
  return answer
    .split(/[\s-]+/)
    .map((w) => w.replace(/['’]s$/, '').replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((w) => {
      const l = w.toLowerCase();
      return /^\p{Lu}/u.test(w) && w.length >= 4 && !COMMON_HEADS.has(l) && !TITLES.has(l) && !NAME_SUFFIXES.has(l) && !NAME_TITLES.has(l);
    });
}

function acronym(answer: string): string {
  return answer
    .split(/\s+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w.charAt(0))
    .join('');
}

/** Whether the prompt gives the answer away: the answer itself, a surname or a stem of it, an acronym. */
export function leaksAnswer(prompt: string, answer: string): boolean {
  const p = foldText(prompt);
  const a = foldText(answer).trim();
  if (!a) return true;
  const esc = a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  if (new RegExp(`(^|[^\\p{L}\\p{N}])${esc}($|[^\\p{L}\\p{N}])`, 'u').test(p)) return true;
  const tales = tellTales(answer);
  const single = answer.trim().split(/\s+/).length === 1;
  for (const w of tales) {
    // One word: its stem gives it away ("Iran" in "Iranian"); in a longer name only the word itself does.
    const stem = single ? foldText(w).slice(0, Math.max(4, w.length - 1)) : w.normalize('NFKC');
    const tail = single ? '' : '($|[^\\p{L}])';
    const re = new RegExp(`(^|[^\\p{L}])${stem.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}${tail}`, 'u');
    if (re.test(single ? p : prompt.normalize('NFKC'))) return true;
  }
  const acr = acronym(answer);
  if (acr.length >= 2 && answer.split(/\s+/).length >= 2 && new RegExp(`\\b${acr}\\b`).test(prompt)) return true;
  if (/^\p{Lu}{2,6}$/u.test(answer)) {
    // "IRGC" is given away by "Islamic Revolutionary Guard Corps".
    const caps = prompt.match(/\p{Lu}\p{L}+(?:\s+(?:(?:of|the|and)\s+)*\p{Lu}\p{L}+)+/gu) ?? [];
    if (caps.some((c) => acronym(c.replace(/\b(of|the|and)\b/g, '')) === answer)) return true;
  }
  return false;
}

export interface RuleContext {
  kind: string;
  prompt: string;
  answer: string;
  sentence: string;
  /** The answer is a fragment of a quotation (up to 12 words). */
  inQuote: boolean;
  /** The answer stands in the neighbouring sentence (a quote's speaker). */
  answerNearby: boolean;
  /** What kind of thing the answer is, when known. */
  answerType?: string;
  /** Other names of the answer ("Azerbaijan" for "Baku"), which the prompt must not show either. */
  aliases?: string[];
}

/** Whether `name` stands in `prompt` as a whole word, possessive or not. */
export function mentions(prompt: string, name: string): boolean {
  const p = foldText(prompt).replace(/'s\b/g, '');
  const n = foldText(name).trim();
  if (!n) return false;
  const esc = n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[^\\p{L}\\p{N}])${esc}($|[^\\p{L}\\p{N}])`, 'u').test(p);
}

/** Every rule the card breaks, as short phrases; empty when the card is good. */
export function ruleViolations(c: RuleContext): string[] {
  const v: string[] = [];
  const blanks = c.prompt.split(BLANK).length - 1;
  if (c.kind === 'cloze' ? blanks !== 1 : blanks !== 0) v.push('one fact per card');
  const aw = wordCount(c.answer);
  if (aw === 0 || aw > (c.inQuote ? MAX_QUOTE_ANSWER_WORDS : MAX_ANSWER_WORDS)) v.push('answer too long');
  if (!hasContent(c.answer)) v.push('answer has no content');
  if (/[,;]\s/.test(c.answer) || /\s(and|or)\s.*,/.test(c.answer)) v.push('answer is a list');
  if (leaksAnswer(c.prompt.replace(BLANK, ' '), c.answer)) v.push('prompt gives the answer away');
  if (c.aliases?.some((a) => mentions(c.prompt, a))) v.push('prompt shows an alias of the answer');
  if (/\b(a|an)\s+_____/i.test(c.prompt)) v.push('a/an before the blank');
  const start = c.prompt.replace(/^[\s…“”"'‘’(\[]+/, '');
  if (UNRESOLVED_START.test(start)) v.push('prompt starts with an unresolved reference');
  if (wordCount(c.prompt) > MAX_PROMPT_WORDS) v.push('prompt too long');
  if (!c.answerNearby && !c.sentence.includes(c.answer)) v.push('answer not verbatim in the sentence');
  if (/[\[\]]/.test(c.answer)) v.push('editorial bracket in the answer');
  const firstWord = c.answer.split(/\s+/)[0]!.toLowerCase().replace(/\.$/, '');
  if (TITLES.has(firstWord) && /^\p{Lu}/u.test(c.answer) && c.answer.split(/\s+/).length > 1) v.push('title in the answer');
  if (c.answer.split(/\s+/).some((w) => NOT_PEOPLE.has(w.toLowerCase())) && (c.answerType === 'person' || c.kind === 'who-said')) v.push('not a person');
  if (/^(this|last|next|that)\s/i.test(c.answer)) v.push('relative date or reference as answer');
  if (/^[\s\p{P}]*$/u.test(c.answer) || c.answer !== c.answer.trim()) v.push('answer is blank or untrimmed');
  return v;
}
