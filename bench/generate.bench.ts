/**
 * Generator speed: a 2,000-word article warm in Node (target ≤ 500 ms) and a 100,000-word
 * text (target ≤ 30 s and ≤ 1 GB). The long text is the bundled article and the fixtures
 * repeated with numbered paragraphs, so it reads like prose rather than noise.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateDeck, prepareArticle } from '../src/generate/index';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const read = (p: string) => readFileSync(join(root, p), 'utf8');
const source = { title: 'Bench', authors: [], publisher: '', date: '2023-01' };
const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

function corpus(): string[] {
  return [
    read('decks/azerbaijan-iran-tensions/article.txt'),
    prepareArticle(read('tests/fixtures/penicillin.md'), 'penicillin.md').body,
    prepareArticle(read('tests/fixtures/suez-canal.txt'), 'suez-canal.txt').body,
  ].flatMap((t) => t.split('\n').filter((l) => l.split(/\s+/).length > 12));
}

/** About `n` words of prose built from the corpus paragraphs, with varied numbers so cards differ. */
function textOf(n: number): string {
  const paras = corpus();
  const out: string[] = [];
  let count = 0;
  for (let i = 0; count < n; i++) {
    const p = paras[i % paras.length]!.replace(/\b(\d{2,4})\b/g, (m) => String(+m + Math.floor(i / paras.length)));
    if (i % 12 === 0) out.push(`Part ${i / 12 + 1}`);
    out.push(p);
    count += words(p);
  }
  return out.join('\n');
}

const mb = (b: number) => `${(b / 1024 / 1024).toFixed(0)} MB`;

export async function run(): Promise<void> {
  const small = textOf(2000);
  generateDeck({ text: small, slug: 'bench', source }); // warm up compromise and the JIT
  const times: number[] = [];
  let cards = 0;
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    cards = generateDeck({ text: small, slug: 'bench', source }).cards.length;
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const median = times[2]!;
  console.log(`2,000 words (${words(small)} words, ${cards} cards): median ${median.toFixed(0)} ms of 5 warm runs; target ≤ 500 ms: ${median <= 500 ? 'PASS' : 'FAIL'}`);

  const big = textOf(100_000);
  let peakRss = process.memoryUsage().rss;
  let peakHeap = process.memoryUsage().heapUsed;
  const timer = setInterval(() => {
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed);
  }, 20);
  const t0 = performance.now();
  let last = 0;
  const deck = generateDeck({ text: big, slug: 'bench', source }, {
    onProgress: () => {
      // Sample memory from inside the (synchronous) run, since the interval cannot fire.
      const now = performance.now();
      if (now - last > 50) {
        const m = process.memoryUsage();
        peakRss = Math.max(peakRss, m.rss);
        peakHeap = Math.max(peakHeap, m.heapUsed);
        last = now;
      }
    },
  });
  const ms = performance.now() - t0;
  clearInterval(timer);
  const m = process.memoryUsage();
  peakRss = Math.max(peakRss, m.rss);
  peakHeap = Math.max(peakHeap, m.heapUsed);
  const ok = ms <= 30_000 && peakRss <= 1024 ** 3;
  console.log(
    `100,000 words (${words(big)} words, ${deck.cards.length} cards): ${(ms / 1000).toFixed(1)} s, peak RSS ${mb(peakRss)}, peak heap ${mb(peakHeap)}; target ≤ 30 s and ≤ 1 GB: ${ok ? 'PASS' : 'FAIL'}`,
  );
}
