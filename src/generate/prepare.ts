/**
 * Turns a pasted or opened article (plain text or Markdown) into the body the generator reads:
 * NFC, LF line ends, no BOM, one paragraph or heading per line, no Markdown syntax. Title,
 * authors, publisher and date found in front matter, a first line or a byline go into `meta`.
 */
import type { DeckSource } from '../core/deck';
import { parseDateLine } from './dates';

export interface PreparedArticle {
  /** The text card offsets index. */
  body: string;
  /** Attribution found in the text itself. */
  meta: Partial<DeckSource>;
}

const TERMINAL = /[.!?:;,…"”’)\]]$/;

function unquote(v: string): string {
  const t = v.trim();
  return /^(["']).*\1$/.test(t) ? t.slice(1, -1) : t;
}

function splitNames(v: string): string[] {
  return v
    .split(/\s*,\s*|\s+and\s+|\s*&\s*/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** A small YAML subset: `key: value`, `key: [a, b]` and `- item` lists. */
function parseFrontMatter(block: string, meta: Partial<DeckSource>): void {
  let listKey = '';
  const lists: Record<string, string[]> = {};
  const values: Record<string, string> = {};
  for (const line of block.split('\n')) {
    const item = /^\s*-\s+(.*)$/.exec(line);
    if (item && listKey) {
      (lists[listKey] ??= []).push(unquote(item[1]!));
      continue;
    }
    const kv = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(line);
    if (!kv) continue;
    const key = kv[1]!.toLowerCase();
    const value = kv[2]!.trim();
    listKey = value === '' ? key : '';
    if (value.startsWith('[') && value.endsWith(']')) {
      lists[key] = value.slice(1, -1).split(',').map(unquote).filter(Boolean);
    } else if (value) values[key] = unquote(value);
  }
  const title = values.title;
  if (title) meta.title = title;
  const authors = lists.authors ?? lists.author ?? (values.authors ?? values.author ? splitNames((values.authors ?? values.author)!) : undefined);
  if (authors?.length) meta.authors = authors;
  const publisher = values.publisher ?? values.site ?? values.source ?? values.publication;
  if (publisher) meta.publisher = publisher;
  const date = values.date ? parseDateLine(values.date) : undefined;
  if (date) meta.date = date;
  const url = values.url ?? values.link ?? values.canonical;
  if (url) meta.url = url;
}

/** Removes inline Markdown: images, links, emphasis, code, HTML tags. */
function stripInline(line: string): string {
  return line
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
    .replace(/<(https?:[^>]+)>/g, '$1')
    .replace(/<\/?[A-Za-z][^>]*>/g, '')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '$2')
    .replace(/(^|[^\p{L}\p{N}*])\*(?=\S)([^*]*?\S)\*(?![\p{L}\p{N}])/gu, '$1$2')
    .replace(/(^|[^\p{L}\p{N}_])_(?=\S)([^_]*?\S)_(?![\p{L}\p{N}])/gu, '$1$2')
    .replace(/\\([\\`*_{}[\]()#+\-.!])/g, '$1');
}

function markdownLines(text: string, meta: Partial<DeckSource>): string[] {
  const out: string[] = [];
  let para: string[] = [];
  let fence = false;
  const flush = () => {
    if (para.length) out.push(para.join(' '));
    para = [];
  };
  for (const raw of text.split('\n')) {
    if (/^\s*(```|~~~)/.test(raw)) {
      flush();
      fence = !fence;
      continue;
    }
    if (fence) continue;
    const line = raw.replace(/^\s{0,3}>\s?/, '').trimEnd();
    if (line.trim() === '') {
      flush();
      continue;
    }
    if (/^\s*([-*_])(\s*\1){2,}\s*$/.test(line) || /^\s*\[[^\]]+\]:\s*\S+/.test(line) || /^\s*\|?[\s:|-]+\|[\s:|-]*$/.test(line)) {
      flush();
      continue;
    }
    const heading = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
    if (heading) {
      flush();
      const h = stripInline(heading[2]!).trim();
      if (heading[1] === '#' && !out.length && (!meta.title || meta.title === h)) meta.title = h;
      else if (h) out.push(h);
      continue;
    }
    const item = /^\s*(?:[-*+]|\d{1,3}[.)])\s+(.*)$/.exec(line);
    if (item) {
      flush();
      para.push(stripInline(item[1]!).trim());
      flush();
      continue;
    }
    para.push(stripInline(line).trim().replace(/\|/g, ' '));
  }
  flush();
  return out.map((l) => l.replace(/[ \t]+/g, ' ').trim()).filter(Boolean);
}

/** Plain text: blank lines separate paragraphs; a hard-wrapped line is joined to the one before. */
function plainLines(text: string): string[] {
  const out: string[] = [];
  let prevBlank = true;
  for (const raw of text.split('\n')) {
    const line = raw.replace(/[ \t]+/g, ' ').trim();
    if (!line) {
      prevBlank = true;
      continue;
    }
    const prev = out[out.length - 1];
    if (!prevBlank && prev !== undefined && prev.length >= 40 && !TERMINAL.test(prev) && /^[\p{Ll}(]/u.test(line)) {
      out[out.length - 1] = prev + ' ' + line;
    } else out.push(line);
    prevBlank = false;
  }
  return out;
}

function isTitleLike(line: string): boolean {
  const words = line.split(/\s+/).length;
  return words <= 20 && !/[.!?,;"”]$/.test(line) && /\p{Lu}/u.test(line.charAt(0));
}

/** Reads plain text or Markdown; `fileName` (".md") decides, or the text's own look. */
export function prepareArticle(raw: string, fileName?: string): PreparedArticle {
  const meta: Partial<DeckSource> = {};
  let text = String(raw).replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').normalize('NFC');
  const fm = /^---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/.exec(text);
  if (fm) {
    parseFrontMatter(fm[1]!, meta);
    text = text.slice(fm[0].length);
  }
  const markdown = fileName
    ? /\.(md|markdown|mdown|mkd)$/i.test(fileName)
    : !!fm || /^\s{0,3}#{1,6}\s+\S/m.test(text) || /\*\*\S[^*]*\*\*|\]\(https?:/.test(text);
  let lines = markdown ? markdownLines(text, meta) : plainLines(text);

  // A title, byline and date line at the top are attribution, not content.
  if (!markdown && lines.length > 2 && !meta.title && isTitleLike(lines[0]!)) {
    meta.title = lines[0]!;
    lines = lines.slice(1);
  }
  for (let i = 0; i < 3 && lines.length > 1; i++) {
    const first = lines[0]!;
    const by = /^(?:by|words by|written by)\s+(.{2,120})$/i.exec(first);
    if (by && first.split(/\s+/).length <= 14 && !/[.!?]$/.test(first)) {
      if (!meta.authors?.length) meta.authors = splitNames(by[1]!.replace(/\s*[|·•].*$/, ''));
      lines = lines.slice(1);
      continue;
    }
    const date = first.length <= 40 ? parseDateLine(first.replace(/^(published|updated|posted)(\s+on)?:?\s*/i, '')) : undefined;
    if (date) {
      meta.date ??= date;
      lines = lines.slice(1);
      continue;
    }
    break;
  }
  return { body: lines.join('\n'), meta };
}
