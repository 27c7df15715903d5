/** Input checks that turn bad text into a message a person can act on. */

/** Longest input the generator accepts, in characters (about 150,000 words of English). */
export const MAX_INPUT_CHARS = 1_000_000;

export type GenerateErrorCode = 'empty' | 'binary' | 'too-large' | 'no-sentences' | 'no-cards';

/** Thrown for input the generator cannot turn into a deck; `message` is written for the user. */
export class GenerateError extends Error {
  readonly code: GenerateErrorCode;
  constructor(code: GenerateErrorCode, message: string) {
    super(message);
    this.name = 'GenerateError';
    this.code = code;
  }
}

const fmt = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** Throws a GenerateError when the text is empty, binary or too large. */
export function checkInput(text: unknown): asserts text is string {
  if (typeof text !== 'string' || text.trim() === '') {
    throw new GenerateError('empty', 'The text is empty: paste an article or open a .txt or .md file.');
  }
  if (text.length > MAX_INPUT_CHARS) {
    throw new GenerateError(
      'too-large',
      `The text is too long (${fmt(text.length)} characters). The limit is ${fmt(MAX_INPUT_CHARS)} characters, about 150,000 words: paste a single article.`,
    );
  }
  if (looksBinary(text)) {
    throw new GenerateError(
      'binary',
      'This looks like a binary file, not text: open a .txt or .md file, or paste the article’s text.',
    );
  }
}

/** NUL bytes, or many control or replacement characters, mean the bytes were not text. */
function looksBinary(text: string): boolean {
  if (text.includes('\u0000')) return true;
  const sample = text.length > 20_000 ? text.slice(0, 20_000) : text;
  let bad = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd || (c >= 0x7f && c < 0xa0)) bad++;
  }
  return bad > 8 && bad / sample.length > 0.01;
}

export function noSentences(): GenerateError {
  return new GenerateError(
    'no-sentences',
    'No sentences found: the generator needs prose written in full sentences, such as a news article.',
  );
}

export function noCards(): GenerateError {
  return new GenerateError(
    'no-cards',
    'No facts to ask about were found: the text needs names, places, dates or numbers in full sentences.',
  );
}
