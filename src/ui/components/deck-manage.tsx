/** Rename, update and delete for a deck's page. Deleting asks first, naming what goes. */
import { Show, createSignal } from 'solid-js';
import { liveCardCount, type Deck } from '../../core/deck';
import { removeDeck, renameDeck } from '../deck-actions';
import { href, navigate } from '../router';

export function DeckManage(props: { deck: Deck }) {
  const [renaming, setRenaming] = createSignal(false);
  const [name, setName] = createSignal('');
  const [error, setError] = createSignal<string>();
  let dialog: HTMLDialogElement | undefined;

  async function saveName(e: SubmitEvent) {
    e.preventDefault();
    const title = name().trim();
    if (!title) {
      setError('The name cannot be empty.');
      return;
    }
    try {
      await renameDeck(props.deck.slug, title);
      setRenaming(false);
      setError(undefined);
    } catch (err) {
      setError(`The name was not saved: ${err instanceof Error ? err.message : String(err)}`);
    }
  }

  async function confirmDelete() {
    try {
      await removeDeck(props.deck.slug);
      dialog?.close();
      navigate('home');
    } catch (err) {
      dialog?.close();
      setError(`The deck was not deleted: ${err instanceof Error ? err.message : String(err)}`);
    }
  }


  return (
    <section class="manage" aria-labelledby="manage-heading">
      <h2 id="manage-heading">Manage deck</h2>
      <Show when={error()}>
        <p class="error" role="alert">
          {error()}
        </p>
      </Show>
      <Show
        when={renaming()}
        fallback={
          <div class="actions">
            <button
              type="button"
              onClick={() => {
                setName(props.deck.title);
                setRenaming(true);
              }}
            >
              Rename
            </button>
            <Show when={!props.deck.bundled}>
              <a class="button" href={href('new', props.deck.slug)}>
                Update from revised article
              </a>
            </Show>
            <button type="button" class="danger" onClick={() => dialog?.showModal()}>
              Delete deck
            </button>
          </div>
        }
      >
        <form class="rename" onSubmit={(e) => void saveName(e)}>
          <label for="deck-name">Deck name</label>
          <input id="deck-name" type="text" value={name()} onInput={(e) => setName(e.currentTarget.value)} />
          <div class="actions">
            <button type="submit" class="primary">
              Save name
            </button>
            <button type="button" onClick={() => setRenaming(false)}>
              Cancel
            </button>
          </div>
        </form>
      </Show>
      <dialog ref={dialog} aria-labelledby="delete-title">
        <h2 id="delete-title">
          Delete “{props.deck.title}” and its {liveCardCount(props.deck)} cards?
        </h2>
        <p>All progress and quiz results for this deck will be deleted from this device. This cannot be undone.</p>
        <div class="actions">
          <button type="button" class="danger" onClick={() => void confirmDelete()}>
            Delete
          </button>
          <button type="button" onClick={() => dialog?.close()}>
            Cancel
          </button>
        </div>
      </dialog>
    </section>
  );
}
