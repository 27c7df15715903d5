/** Splits an article into headings and paragraphs for reading, with one span to highlight. */
import type { CardSourceSpan } from '../core/deck';

export interface ArticleBlock {
  heading: boolean;
  text: string;
  before: string;
  marked?: string;
  after: string;
}

/** The generator's heading rule: a short line with no final punctuation. */
const isHeading = (line: string) => line.length > 0 && line.length < 90 && !/[.!?:;,"”’)]$/.test(line);

export function articleBlocks(article: string, highlight?: CardSourceSpan): ArticleBlock[] {
  const out: ArticleBlock[] = [];
  let offset = 0;
  for (const line of article.split('\n')) {
    const start = offset;
    offset += line.length + 1;
    const text = line.trim();
    if (!text) continue;
    const block: ArticleBlock = { heading: isHeading(text), text, before: line, after: '' };
    if (highlight && highlight.start >= start && highlight.end <= start + line.length) {
      block.heading = false;
      block.before = line.slice(0, highlight.start - start);
      block.marked = line.slice(highlight.start - start, highlight.end - start);
      block.after = line.slice(highlight.end - start);
    }
    out.push(block);
  }
  return out;
}
