/** Runs the generator worker for one article and reports progress; cancel() stops it at once. */
import type { DeckFile, DeckSource } from '../core/deck';
import type { GenerateReply, GenerateRequest } from '../workers/generate-protocol';

export interface GenerateJob {
  result: Promise<{ deck: DeckFile; article: string }>;
  cancel(): void;
}

let nextId = 1;

export function generateInWorker(
  text: string,
  fileName: string | undefined,
  source: Partial<DeckSource> | undefined,
  onProgress: (fraction: number) => void,
): GenerateJob {
  const worker = new Worker(new URL('../workers/generate.worker.ts', import.meta.url), { type: 'module' });
  const id = nextId++;
  let cancel = () => {};
  const result = new Promise<{ deck: DeckFile; article: string }>((resolve, reject) => {
    cancel = () => {
      worker.terminate();
      reject(new DOMException('Cancelled', 'AbortError'));
    };
    worker.onmessage = (e: MessageEvent<GenerateReply>) => {
      const r = e.data;
      if (r.id !== id) return;
      if (r.type === 'progress') return onProgress(r.fraction);
      worker.terminate();
      if (r.type === 'done') resolve({ deck: r.deck, article: r.article });
      else reject(new Error(r.message));
    };
    worker.onerror = (e) => {
      worker.terminate();
      reject(new Error(`The deck generator stopped unexpectedly (${e.message || 'worker error'}). Reload the page and try again.`));
    };
  });
  worker.postMessage({ id, text, fileName, source } satisfies GenerateRequest);
  return { result, cancel: () => cancel() };
}
