/**
 * The article's shape: which lines are headings, which are paragraphs, and which are
 * boilerplate (credits, disclaimers, donation and subscription notes, author bios) that
 * must never become cards.
 */

export interface Block {
  kind: 'heading' | 'paragraph' | 'boilerplate';
  text: string;
  /** Offset of the first character of `text` in the body. */
  start: number;
  /** The heading the block falls under ("" before the first). */
  section: string;
}

const HEADING_MAX_WORDS = 12;

const BOILERPLATE = [
  /\bclick here\b/i,
  /\b(photo|image|picture|illustration|graphic|map|video)s?\s*(courtesy|credits?|by|source)\b/i,
  /^(photo|image|picture|illustration|caption|cover|featured image|credit)s?\s*:/i,
  /\bvia (wikimedia|getty|shutterstock|flickr|unsplash|reuters|afp)\b/i,
  /\b(subscribe|subscription|newsletter|sign up for|unsubscribe)\b/i,
  /\b(donate|welcomes[^.]{0,40}donations|support our (work|journalism)|make a donation|with a donation|list(ing)? of [^.]{0,20}donors)\b/i,
  /\ball rights reserved\b|©|\bcopyright\b|\bterms of (use|service)\b|\bprivacy policy\b/i,
  /\b(opinions|views)\b[^.]{0,40}\b(are|is) (their|his|her|its|the authors?[’']?s?) own\b/i,
  /\bdo(es)? not (engage in advocacy|necessarily (reflect|represent))|\btakes? no institutional positions?\b/i,
  /\bfree to (re)?use\b|\blicen[cs]ed under\b|\bcreative commons\b|\bwritten for the [^.]{0,30}tests?\b/i,
  /^(share|tweet|follow us|read more|related|advertisement|sponsored)\b/i,
];

const BIO_HEAD = /^(?:\p{Lu}[\p{L}'’.-]+\s+){0,3}\p{Lu}[\p{L}'’.-]+ (?:is|was|are|were) (?:a|an|the|currently|formerly)\b/u;
const BIO_WORDS = /\b(fellow|student|professor|lecturer|researcher|editor|journalist|correspondent|writer|author|analyst|director|expert|scholar|reporter|contributor|columnist|team that writes)\b/i;
const AUTHOR_SECTION = /^(about (the )?authors?|author bios?|the authors?|contributors?)$/i;

export function isHeadingLine(line: string, isLast: boolean): boolean {
  const t = line.trim();
  if (!t || isLast || !/\p{L}/u.test(t)) return false;
  const words = t.split(/\s+/).length;
  return words <= HEADING_MAX_WORDS && !/[.!?:;,…"”’)]$/.test(t) && !/^\p{Ll}/u.test(t);
}

function isBoilerplate(text: string): boolean {
  const words = text.split(/\s+/).length;
  return words <= 90 && BOILERPLATE.some((re) => re.test(text));
}

function isBio(text: string, authors: string[], inTail: boolean): boolean {
  if (!BIO_HEAD.test(text) || !BIO_WORDS.test(text) || text.split(/\s+/).length > 120) return false;
  if (inTail) return true;
  const head = text.slice(0, 60);
  return authors.some((a) => {
    const surname = a.trim().split(/\s+/).pop();
    return !!surname && surname.length > 1 && head.includes(surname);
  });
}

/** Splits the body into headings, paragraphs and boilerplate, with offsets. */
export function blocks(text: string, authors: string[] = []): Block[] {
  const lines: { text: string; start: number }[] = [];
  let offset = 0;
  for (const raw of text.split('\n')) {
    const lead = raw.length - raw.trimStart().length;
    const t = raw.trim();
    if (t) lines.push({ text: t, start: offset + lead });
    offset += raw.length + 1;
  }
  const out: Block[] = [];
  let section = '';
  let tailJunk = false;
  lines.forEach((l, i) => {
    const inTail = l.start > text.length * 0.7;
    const isLast = i === lines.length - 1;
    if (tailJunk) {
      out.push({ kind: 'boilerplate', text: l.text, start: l.start, section });
    } else if (isBoilerplate(l.text) || isBio(l.text, authors, inTail)) {
      out.push({ kind: 'boilerplate', text: l.text, start: l.start, section });
      if (inTail && !isBoilerplate(l.text)) tailJunk = true;
      if (inTail && /\b(donat|opinions|advocacy|rights reserved|click here)/i.test(l.text)) tailJunk = true;
    } else if (isHeadingLine(l.text, isLast)) {
      section = l.text;
      if (AUTHOR_SECTION.test(l.text)) tailJunk = true;
      out.push({ kind: tailJunk ? 'boilerplate' : 'heading', text: l.text, start: l.start, section });
    } else {
      out.push({ kind: 'paragraph', text: l.text, start: l.start, section });
    }
  });
  return out;
}
