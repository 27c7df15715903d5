/**
 * Card ids: a short hash of what the card asks, never of where it stands, so a card keeps
 * its id (and its progress) when other paragraphs of the article change.
 */

/** Folds case, spacing, quote styles and Unicode forms, so cosmetic edits keep the id. */
export function normaliseForId(s: string): string {
  return s
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** 53-bit string hash (cyrb53): fast, well spread, and the same in Node and the browser. */
function hash53(str: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < str.length; i++) {
    const ch = str.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** The stable id of a card: 10 base-36 characters. */
export function cardId(kind: string, sentence: string, answer: string, occurrence: number): string {
  const key = [kind, normaliseForId(sentence), normaliseForId(answer), String(occurrence)].join('\u0000');
  return hash53(key).toString(36).padStart(11, '0').slice(-10);
}
