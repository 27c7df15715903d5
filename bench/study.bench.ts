/**
 * The review screen's own work on a large collection: building the due queue (which the home
 * and review screens redo after every answer) and the FSRS preview shown at "Show answer".
 * A cheap phone is several times slower than this machine, so the targets leave room: a
 * 10,000-card queue in at most 20 ms and a preview in at most 1 ms, median of warm runs.
 */
import { buildQueue, type StudyCard } from '../src/core/queue';
import { createScheduler, preview } from '../src/core/scheduler';
import { CardPhase, type CardState } from '../src/core/review-state';
import type { DeckCard } from '../src/core/deck';

const NOW = Date.UTC(2025, 4, 10, 12);
const DAY = 86_400_000;

function collection(n: number): StudyCard[] {
  const out: StudyCard[] = [];
  for (let i = 0; i < n; i++) {
    const card: DeckCard = { id: `c${i}`, kind: 'cloze', section: '', prompt: `p${i}`, answer: 'a', source: { sentence: 's', start: 0, end: 1 } };
    let state: CardState | undefined;
    if (i % 3 !== 0) {
      const phase = i % 10 === 1 ? CardPhase.Learning : CardPhase.Review;
      const due = NOW + ((i * 7919) % 60) * DAY - 30 * DAY;
      state = { due, stability: 10, difficulty: 5, elapsed_days: 5, scheduled_days: 10, learning_steps: 0, reps: 3, lapses: 0, state: phase, last_review: due - 10 * DAY };
    }
    out.push({ deck: `d${i % 5}`, card, state });
  }
  return out;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function time(runs: number, f: () => void): number {
  for (let i = 0; i < 3; i++) f();
  const ts: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    f();
    ts.push(performance.now() - t);
  }
  return median(ts);
}

export async function run(): Promise<void> {
  const cards = collection(10_000);
  const opts = { limits: { newPerDay: 20, reviewsPerDay: 200 }, day: { dayStartHour: 4, timeZone: 'UTC' } };
  const queueMs = time(21, () => buildQueue(cards, { newDone: 0, reviewsDone: 0 }, NOW, opts));
  const scheduler = createScheduler();
  const reviewed = cards.find((c) => c.state?.state === CardPhase.Review && c.state.last_review! < NOW)!.state;
  const previewMs = time(501, () => preview(scheduler, reviewed, NOW));
  const verdict = (ms: number, limit: number) => `${ms.toFixed(2)} ms (target ≤ ${limit} ms) ${ms <= limit ? 'PASS' : 'FAIL'}`;
  console.log(`queue of 10,000 cards: ${verdict(queueMs, 20)}`);
  console.log(`FSRS preview of one card: ${verdict(previewMs, 1)}`);
  if (queueMs > 20 || previewMs > 1) process.exitCode = 1;
}
