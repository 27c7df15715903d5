/**
 * npm run generate -- <article.txt|article.md> [-o out.json]
 * Turns one article into a deck file. Deterministic and offline. Title, authors, publisher and
 * date come from front matter, a first line or byline, or a source.json beside the article.
 * The output holds the article body its offsets index, as `article`.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { DeckSource } from '../src/core/deck';
import { GenerateError, generateDeck, prepareArticle } from '../src/generate/index';

function fail(message: string): never {
  console.error(`generate: ${message}`);
  process.exit(1);
}

const args = process.argv.slice(2);
let out: string | undefined;
const files: string[] = [];
for (let i = 0; i < args.length; i++) {
  const a = args[i]!;
  if (a === '-o' || a === '--out') out = args[++i] ?? fail('-o needs a file name.');
  else if (a === '-h' || a === '--help') {
    console.log('Usage: npm run generate -- <article.txt|article.md> [-o out.json]');
    process.exit(0);
  } else files.push(a);
}
if (files.length !== 1) fail('give exactly one article file: npm run generate -- <article.txt|article.md> [-o out.json]');
const file = files[0]!;
if (!existsSync(file)) fail(`file not found: ${file}`);

let raw: string;
try {
  const bytes = readFileSync(file);
  raw = bytes.toString('utf8');
} catch (e) {
  fail(`cannot read ${file}: ${(e as Error).message}`);
}

const { body, meta } = prepareArticle(raw, basename(file));
const sidecar = join(dirname(file), 'source.json');
let given: Partial<DeckSource> = {};
if (existsSync(sidecar)) {
  try {
    given = JSON.parse(readFileSync(sidecar, 'utf8')) as Partial<DeckSource>;
  } catch (e) {
    fail(`${sidecar} is not valid JSON: ${(e as Error).message}`);
  }
}
const source: DeckSource = {
  title: given.title ?? meta.title ?? basename(file).replace(/\.[^.]+$/, ''),
  authors: given.authors ?? meta.authors ?? [],
  publisher: given.publisher ?? meta.publisher ?? '',
  date: given.date ?? meta.date ?? '',
  ...((given.url ?? meta.url) ? { url: (given.url ?? meta.url)! } : {}),
};
const slug =
  basename(file) === 'article.txt' || basename(file) === 'article.md'
    ? basename(dirname(file))
    : basename(file).replace(/\.[^.]+$/, '');
const safeSlug = slug.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'article';

try {
  const deck = generateDeck({ text: body, slug: safeSlug, source });
  const json = JSON.stringify({ ...deck, article: body }, null, 2) + '\n';
  if (out) {
    writeFileSync(out, json);
    console.error(`generate: wrote ${deck.cards.length} cards to ${out}`);
  } else process.stdout.write(json);
} catch (e) {
  if (e instanceof GenerateError) fail(e.message);
  throw e;
}
