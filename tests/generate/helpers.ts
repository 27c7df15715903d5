/** Shared loading for the generator tests: the bundled article and the fixture articles. */
import { readFileSync } from 'node:fs';
import { join, dirname, basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DeckFile, DeckSource } from '../../src/core/deck';
import { generateDeck, prepareArticle } from '../../src/generate/index';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface GoldenFact {
  fact: string;
  answers?: string[];
  kind?: string;
  kindNot?: string;
  context?: string;
  answerDate?: string;
  /** Why the generator cannot cover this fact yet; the test is skipped and listed, not hidden. */
  knownGap?: string;
}
export interface GoldenBan {
  why: string;
  answerPattern?: string;
  sentenceIncludes?: string;
  /** A pattern the prompt must not match. */
  promptPattern?: string;
  /** Choices that must never stand together on one card. */
  choicesInclude?: string[];
  kind?: string;
}
export interface Golden {
  article: string;
  sourceJson?: string;
  mustCover: GoldenFact[];
  mustNotExist: GoldenBan[];
}

export interface LoadedArticle {
  name: string;
  body: string;
  source: DeckSource;
  deck: DeckFile;
}

const cache = new Map<string, LoadedArticle>();

/** Reads an article the way the command line does and generates its deck (cached per file). */
export function loadArticle(relPath: string, sourceJson?: string): LoadedArticle {
  const hit = cache.get(relPath);
  if (hit) return hit;
  const raw = readFileSync(join(ROOT, relPath), 'utf8');
  const { body, meta } = prepareArticle(raw, basename(relPath));
  const given = sourceJson ? (JSON.parse(readFileSync(join(ROOT, sourceJson), 'utf8')) as DeckSource) : undefined;
  const source: DeckSource = given ?? {
    title: meta.title ?? '',
    authors: meta.authors ?? [],
    publisher: meta.publisher ?? '',
    date: meta.date ?? '',
  };
  const name = basename(relPath).replace(/\.[^.]+$/, '');
  const deck = generateDeck({ text: body, slug: name, source });
  const loaded = { name, body, source, deck };
  cache.set(relPath, loaded);
  return loaded;
}

export const GOLDEN_FILES = ['azerbaijan-iran-tensions', 'penicillin', 'suez-canal'];

export function loadGolden(name: string): Golden {
  return JSON.parse(readFileSync(join(ROOT, 'tests/generate/golden', `${name}.json`), 'utf8')) as Golden;
}

/** Folds case, quote styles and a leading "the" so "The Biden administration" matches "Biden administration". */
export function fold(s: string): string {
  return s
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u02BC]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
    .replace(/^the /, '');
}

/**
 * Alias checks of the tests' own, independent of src/generate/aliases.ts.
 * A few capitals and seats of government with their countries (the test's own table). */
const SAME_PLACE: string[][] = [
  ['iran', 'tehran', 'islamic republic'],
  ['azerbaijan', 'baku'],
  ['armenia', 'yerevan'],
  ['russia', 'moscow', 'kremlin'],
  ['turkey', 'ankara'],
  ['israel', 'jerusalem', 'jewish state'],
  ['syria', 'damascus'],
  ['iraq', 'baghdad'],
  ['lebanon', 'beirut'],
  ['ukraine', 'kyiv', 'kiev'],
  ['egypt', 'cairo'],
  ['united kingdom', 'britain', 'london'],
  ['france', 'paris'],
  ['united states', 'washington'],
];

const norm = (s: string) =>
  s.normalize('NFKC').toLowerCase().replace(/[’']s\b/g, '').replace(/^the\s+/, '').replace(/[-\s]+/g, ' ').trim();

const initials = (s: string) =>
  s.split(/[\s-]+/).filter((w) => !/^(of|the|and|for)$/i.test(w)).map((w) => w.charAt(0)).join('').toUpperCase();

/** Whether two names stand for the same thing. */
export function aliases(a: string, b: string): boolean {
  const x = norm(a);
  const y = norm(b);
  if (x === y) return true;
  if (SAME_PLACE.some((g) => g.includes(x) && g.includes(y))) return true;
  // Acronym and expansion.
  for (const [s, l] of [[a, b], [b, a]] as const) {
    if (/^[A-Z]{2,6}$/.test(s) && l.split(/\s+/).length >= 2 && initials(l) === s) return true;
  }
  // Surname (or shorter form) of a longer name: "Aliyev" and "Ilham Aliyev".
  const [short, long] = x.length < y.length ? [x, y] : [y, x];
  if (short.length >= 4 && (long.endsWith(` ${short}`) || long.startsWith(`${short} `))) return true;
  return false;
}
