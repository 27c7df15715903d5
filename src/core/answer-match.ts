/**
 * Checking a typed answer against a card's answer. A quiz tests recall, not typing: an answer
 * differing only in case, accents, punctuation, spacing or a leading article is right.
 * Anything else, including a typo, is wrong; a learner can see both in the feedback.
 */

// Letters that Unicode does not decompose into a base letter plus a mark, so NFKD leaves them.
const FOLD: Record<string, string> = {
  ı: 'i', ł: 'l', ø: 'o', đ: 'd', ð: 'd', ħ: 'h', ŧ: 't', þ: 'th', ß: 'ss', æ: 'ae', œ: 'oe', ĸ: 'k',
};
const FOLDABLE = new RegExp(`[${Object.keys(FOLD).join('')}]`, 'gu');

const ARTICLES = new Set(['a', 'an', 'the']);

// A decimal number stays one token so "3.5" never equals "35"; everything else that is not
// a letter or digit (apostrophes, hyphens, dots in "U.S.", thousands commas) only separates.
const TOKEN = /\d+(?:\.\d+)+|[\p{L}\p{N}]+/gu;

/**
 * The form two answers are compared in: accents stripped, lower case, punctuation and spaces
 * gone, a leading "a", "an" or "the" dropped. "The Yaşar Güler!" → "yasarguler".
 */
export function normaliseAnswer(text: string): string {
  // NFKD rather than NFD so compatibility forms (full-width digits, "ﬁ" ligatures) fold too.
  const folded = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(FOLDABLE, (c) => FOLD[c] ?? c);
  const words = folded.match(TOKEN) ?? [];
  // An answer that is only an article ("A") keeps it.
  if (words.length > 1 && ARTICLES.has(words[0]!)) words.shift();
  return words.join('');
}

/** Whether a typed answer counts as the card's answer; empty input never does. */
export function matchesAnswer(typed: string, answer: string): boolean {
  const t = normaliseAnswer(typed);
  if (t === '') return false;
  return t === normaliseAnswer(answer);
}
