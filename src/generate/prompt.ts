/** Building card fronts: a blank in place of the answer, asides trimmed, long sentences windowed. */
import { BLANK } from '../core/deck';
import { MAX_PROMPT_WORDS, UNRESOLVED_START, wordCount } from './rules';

const CONNECTIVE =
  /^(?:however|nevertheless|nonetheless|yet|still|moreover|meanwhile|indeed|namely|illustratively|in addition|furthermore|thus|therefore|also|but|and|so|just recently|most recently|at its core|in this way|as a result|instead|similarly|likewise|even so|then|in fact|after all|of course|to really drive the message home|as part of a tit-for-tat strategy),?\s+/i;

/** Removes parentheses and dash-enclosed asides from a piece of text without the blank. */
export function dropAsides(s: string): string {
  return s
    .replace(/\s*\([^()]*\)/g, '')
    .replace(/\s+[—–]\s[^—–]*\s[—–](?=\s)/g, '')
    .replace(/\s{2,}/g, ' ');
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Cuts a prompt to at most 35 words around the blank, at clause boundaries where possible. */
export function windowAround(prompt: string, marker = BLANK, max = MAX_PROMPT_WORDS): string {
  if (wordCount(prompt) <= max) return prompt;
  const pieces = prompt.split(/(?<=[,;:])\s+|\s+(?=[—–]\s)/);
  const at = pieces.findIndex((p) => p.includes(marker));
  if (at < 0) return prompt;
  let lo = at;
  let hi = at;
  let words = wordCount(pieces[at]!);
  if (words > max) {
    const ws = pieces[at]!.split(/\s+/);
    const b = ws.findIndex((w) => w.includes(marker));
    const from = Math.max(0, b - Math.floor((max - 2) / 2));
    const to = Math.min(ws.length, from + max - 2);
    return (from > 0 ? '… ' : '') + ws.slice(from, to).join(' ') + (to < ws.length ? ' …' : '');
  }
  for (let grew = true; grew; ) {
    grew = false;
    const right = pieces[hi + 1];
    if (right !== undefined && words + wordCount(right) <= max - 2) {
      hi++;
      words += wordCount(right);
      grew = true;
    }
    const left = pieces[lo - 1];
    if (left !== undefined && words + wordCount(left) <= max - 2) {
      lo--;
      words += wordCount(left);
      grew = true;
    }
  }
  let out = pieces.slice(lo, hi + 1).join(' ');
  if (lo > 0 && UNRESOLVED_START.test(out)) {
    // "these individuals were flown to …" needs the clause before it: keep that, cut the tail.
    const ws = pieces.slice(lo - 1).join(' ').split(/\s+/);
    const b = ws.findIndex((w) => w.includes(marker));
    if (b >= 0 && b < max - 2) {
      const head = ws.slice(0, max - 1).join(' ').replace(/[,;:—–\s]+$/, '');
      return (lo - 1 > 0 ? '… ' : '') + head + (ws.length > max - 1 ? ' …' : '');
    }
  }
  if (hi < pieces.length - 1) out = out.replace(/[,;:—–\s]+$/, '') + ' …';
  if (lo > 0) out = '… ' + out.replace(/^[—–\s]+/, '');
  return out;
}

/** The verbs of a sentence as lower-case words: finite ones ("held") and all ("to de-escalate", "following"). */
export interface VerbWords {
  finite: Set<string>;
  any: Set<string>;
}

const wordsOf = (s: string) => s.toLowerCase().split(/\s+/).map((w) => w.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, ''));

/**
 * Whether a prompt cut from the middle of its sentence ("… the use of proxies in …") still
 * reads as a statement: it holds a finite verb, or a verbal phrase with a real noun phrase
 * before the blank. "… the part of _____ to de-escalate" does not.
 */
export function fragmentStands(prompt: string, verbs: VerbWords): boolean {
  if (!prompt.startsWith('…')) return true;
  const words = wordsOf(prompt);
  if (words.some((w) => verbs.finite.has(w))) return true;
  const before = wordCount(prompt.slice(1, prompt.indexOf(BLANK)));
  return before >= 4 && words.some((w) => verbs.any.has(w));
}

/** The cloze front for the answer at [a, b) of sentence s. */
export function clozePrompt(s: string, a: number, b: number, verbs?: VerbWords): string {
  let pre = dropAsides(s.slice(0, a));
  const post = dropAsides(s.slice(b));
  if (a > 0) {
    const stripped = pre.replace(CONNECTIVE, '');
    if (stripped !== pre && stripped.length) pre = capitalise(stripped);
  }
  // "a _____" hints at the answer's first sound: write "a(n) _____" instead.
  pre = pre.replace(/\b([Aa])n? $/, '$1(n) ');
  let prompt = (pre + BLANK + post).replace(/\s{2,}/g, ' ').trim();
  if (UNRESOLVED_START.test(prompt)) {
    // "This strategy has been demonstrated through the use of …": ask from the first phrase after the verb.
    const at = prompt.indexOf(BLANK);
    const cut = /\s(?:through|by|with|from|on|in|of|for|that|to)\s/g;
    cut.lastIndex = 0;
    for (let m = cut.exec(prompt); m && m.index < at; m = cut.exec(prompt)) {
      // Never cut inside the subject ("These networks of | influence come …"): the main verb goes first.
      if (verbs && !wordsOf(prompt.slice(0, m.index)).some((w) => verbs.finite.has(w))) continue;
      const rest = prompt.slice(m.index + m[0].length);
      if (wordCount(prompt.slice(0, m.index)) >= 2 && wordCount(rest) >= 7 && !UNRESOLVED_START.test(rest)) {
        prompt = '… ' + rest;
        break;
      }
    }
  }
  return windowAround(prompt);
}

/** A quotation cut to about `max` words, for "Who said …?" fronts. */
export function quoteExcerpt(q: string, max = 24): string {
  const t = dropAsides(q).trim();
  const ws = t.split(/\s+/);
  if (ws.length <= max) return t;
  const cut = ws.slice(0, max).join(' ');
  const clause = cut.replace(/[,;:—–][^,;:—–]*$/, '');
  return (wordCount(clause) >= max / 2 ? clause : cut).replace(/[,;:—–\s]+$/, '') + ' …';
}

/**
 * A prompt cut short before a phrase after the blank that names the answer another way:
 * "… its embassy in the Jewish state." asking for Israel becomes "… its embassy …". Unchanged
 * when the name is not there, stands before the blank, or no phrase boundary can be found.
 */
export function cutBeforeMention(prompt: string, name: string): string {
  const blank = prompt.indexOf(BLANK);
  const esc = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const m = new RegExp(`(?<![\\p{L}\\p{N}])${esc}(?![\\p{L}\\p{N}])`, 'iu').exec(prompt);
  if (!m || blank < 0 || m.index < blank) return prompt;
  const head = prompt.slice(0, m.index);
  const prep = /\s(?:in|into|to|with|from|of|at|by|on|for|against|towards?)\s+(?:(?:the|its|their|a|an)\s+)?$/i.exec(head);
  if (!prep || prep.index <= blank + BLANK.length) return prompt;
  return head.slice(0, prep.index).replace(/[,;:—–\s]+$/, '') + ' …';
}
