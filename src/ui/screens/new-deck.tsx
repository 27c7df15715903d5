/**
 * "New deck from article": paste or open an article, generate its cards in a worker, review
 * them, remove any, and save. With a slug it updates that deck from a revised article instead.
 * Lazy: the generator never loads with the review screen.
 */
import { For, Show, createSignal, onCleanup } from 'solid-js';
import type { DeckCard, DeckFile } from '../../core/deck';
import { generateInWorker, type GenerateJob } from '../generate-client';
import { addDeck, previewUpdate, updateDeck, type UpdateSummary } from '../deck-actions';
import { deckBySlug } from '../data';
import { navigate } from '../router';
import { NotFound } from './not-found';

/** Files larger than this are refused before they are read: no single article is 5 MB of text. */
const MAX_FILE_BYTES = 5 * 1024 * 1024;

type Step = 'input' | 'working' | 'preview';

export default function NewDeck(props: { updateSlug?: string }) {
  const updating = () => (props.updateSlug ? deckBySlug(props.updateSlug) : undefined);
  const [text, setText] = createSignal(updating()?.article ?? '');
  const [fileName, setFileName] = createSignal<string>();
  const [step, setStep] = createSignal<Step>('input');
  const [progress, setProgress] = createSignal(0);
  const [error, setError] = createSignal<string>();
  const [generated, setGenerated] = createSignal<{ deck: DeckFile; article: string }>();
  const [removed, setRemoved] = createSignal<ReadonlySet<string>>(new Set());
  const [title, setTitle] = createSignal('');
  const [summary, setSummary] = createSignal<UpdateSummary>();
  const [saving, setSaving] = createSignal(false);
  let job: GenerateJob | undefined;
  onCleanup(() => job?.cancel());

  const kept = (): DeckCard[] => generated()?.deck.cards.filter((c) => !removed().has(c.id)) ?? [];

  async function openFile(file: File | undefined) {
    setError(undefined);
    if (!file) return;
    if (file.size > MAX_FILE_BYTES) {
      setError(`“${file.name}” is ${(file.size / 1024 / 1024).toFixed(1)} MB: too large for one article. Open a .txt or .md file under 5 MB.`);
      return;
    }
    try {
      setText(await file.text());
      setFileName(file.name);
    } catch {
      setError(`“${file.name}” could not be read. Check that the file is still there and try again.`);
    }
  }

  async function create() {
    setError(undefined);
    if (!text().trim()) {
      setError('The text is empty: paste an article or open a .txt or .md file.');
      return;
    }
    setStep('working');
    setProgress(0);
    const source = updating()?.source;
    job = generateInWorker(text(), fileName(), source, setProgress);
    try {
      const result = await job.result;
      setGenerated(result);
      setRemoved(new Set<string>());
      setTitle(updating()?.title ?? result.deck.source.title);
      setSummary(props.updateSlug ? previewUpdate(props.updateSlug, result.deck) : undefined);
      setStep('preview');
    } catch (e) {
      setStep('input');
      if (!(e instanceof DOMException && e.name === 'AbortError')) setError(e instanceof Error ? e.message : String(e));
    } finally {
      job = undefined;
    }
  }

  function remove(id: string) {
    const next = new Set(removed());
    next.add(id);
    setRemoved(next);
  }

  async function save() {
    const g = generated();
    if (!g || saving()) return;
    const name = title().trim();
    if (!name) {
      setError('Give the deck a title.');
      return;
    }
    if (kept().length === 0) {
      setError('Every card was removed: keep at least one card, or go back and try another article.');
      return;
    }
    setSaving(true);
    setError(undefined);
    try {
      const deck = { ...g.deck, cards: kept() };
      if (props.updateSlug) {
        await updateDeck(props.updateSlug, deck, g.article);
        navigate('deck', props.updateSlug);
      } else {
        navigate('deck', (await addDeck(deck, g.article, name)).slug);
      }
    } catch (e) {
      setError(`The deck was not saved: ${e instanceof Error ? e.message : String(e)}. Free some space on the device and try again.`);
    } finally {
      setSaving(false);
    }
  }

  return (
    <Show when={!props.updateSlug || updating()} fallback={<NotFound what="deck" />}>
      <main class="screen new-deck">
        <h1>{props.updateSlug ? `Update “${updating()?.title}”` : 'New deck from article'}</h1>
        <Show when={error()}>
          <p class="error" role="alert">
            {error()}
          </p>
        </Show>
        <Show when={step() !== 'preview'}>
          <Show when={props.updateSlug}>
            <p>Paste the revised article. Cards whose fact is unchanged keep their progress; cards whose fact is gone are retired with their history.</p>
          </Show>
          <label for="article-text">Article text</label>
          <textarea
            id="article-text"
            rows="12"
            value={text()}
            disabled={step() === 'working'}
            onInput={(e) => {
              setText(e.currentTarget.value);
              setFileName(undefined);
            }}
          />
          <label class="file-pick">
            <span>Open a .txt or .md file</span>
            <input type="file" accept=".txt,.md,.markdown,text/plain,text/markdown" disabled={step() === 'working'} onChange={(e) => void openFile(e.currentTarget.files?.[0])} />
          </label>
          <Show
            when={step() === 'working'}
            fallback={
              <div class="actions">
                <button type="button" class="primary" onClick={() => void create()}>
                  Create deck
                </button>
              </div>
            }
          >
            <div class="working">
              <p id="gen-label">Reading the article and writing cards…</p>
              <div class="progress" role="progressbar" aria-labelledby="gen-label" aria-valuemin="0" aria-valuemax="100" aria-valuenow={Math.round(progress() * 100)}>
                <div class="progress-fill" style={{ width: `${Math.round(progress() * 100)}%` }} />
              </div>
              <button type="button" onClick={() => job?.cancel()}>
                Cancel
              </button>
            </div>
          </Show>
        </Show>
        <Show when={step() === 'preview' && generated()}>
          <Show when={!props.updateSlug}>
            <label for="deck-title">Deck title</label>
            <input id="deck-title" type="text" value={title()} onInput={(e) => setTitle(e.currentTarget.value)} />
          </Show>
          <Show when={summary()}>
            {(s) => (
              <>
                <p role="status">
                  {s().added.length} cards added, {s().retired.length} retired, {s().kept} kept with their progress.
                </p>
                <Show when={s().added.length > 0}>
                  <details>
                    <summary>Added cards</summary>
                    <ul>
                      <For each={s().added}>{(c) => <li>{c.prompt} — {c.answer}</li>}</For>
                    </ul>
                  </details>
                </Show>
                <Show when={s().retired.length > 0}>
                  <details>
                    <summary>Retired cards (kept with their history, no longer studied)</summary>
                    <ul>
                      <For each={s().retired}>{(c) => <li>{c.prompt} — {c.answer}</li>}</For>
                    </ul>
                  </details>
                </Show>
              </>
            )}
          </Show>
          <p>
            {kept().length} cards. Remove any you do not want, then save.
          </p>
          <div class="actions">
            <button type="button" class="primary" disabled={saving()} onClick={() => void save()}>
              Save deck
            </button>
            <button type="button" onClick={() => setStep('input')}>
              Back to the text
            </button>
          </div>
          <ol class="card-preview">
            <For each={kept()}>
              {(card) => (
                <li>
                  <p class="prompt-small">{card.prompt}</p>
                  <p class="answer-small">{card.answer}</p>
                  <button type="button" aria-label={`Remove card: ${card.prompt.slice(0, 60)}`} onClick={() => remove(card.id)}>
                    Remove
                  </button>
                </li>
              )}
            </For>
          </ol>
        </Show>
      </main>
    </Show>
  );
}
