/**
 * The generator in a Web Worker: NLP over a long article takes long enough to freeze a cheap
 * phone's main thread, and this keeps compromise out of every bundle the screens load.
 */
/// <reference lib="webworker" />
import { generateDeck, prepareArticle, GenerateError } from '../generate/index';
import type { DeckSource } from '../core/deck';
import type { GenerateReply, GenerateRequest } from './generate-protocol';

const post = (reply: GenerateReply) => (self as unknown as DedicatedWorkerGlobalScope).postMessage(reply);

self.onmessage = (e: MessageEvent<GenerateRequest>) => {
  const { id, text, fileName, source } = e.data;
  try {
    const { body, meta } = prepareArticle(text, fileName);
    const firstLine = body.split('\n').find((l) => l.trim())?.trim() ?? '';
    const title = meta.title || source?.title || (firstLine.length <= 80 ? firstLine : `${firstLine.slice(0, 77)}…`) || 'Untitled article';
    const full: DeckSource = {
      title,
      authors: meta.authors?.length ? meta.authors : (source?.authors ?? []),
      publisher: meta.publisher || source?.publisher || '',
      date: meta.date || source?.date || '',
    };
    const url = meta.url || source?.url;
    if (url) full.url = url;
    const deck = generateDeck({ text: body, slug: 'new-deck', source: full }, { onProgress: (fraction) => post({ id, type: 'progress', fraction }) });
    post({ id, type: 'done', deck, article: body });
  } catch (err) {
    const message =
      err instanceof GenerateError
        ? err.message
        : `The generator failed on this text (${err instanceof Error ? err.message : String(err)}). Try a plain-text copy of the article.`;
    post({ id, type: 'error', message });
  }
};
