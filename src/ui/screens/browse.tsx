/**
 * The card browser (#/browse/?deck=<slug>&card=<id>): search, filter by state and section,
 * sort by due date; a card's review history and retrievability; edit its prompt and answer;
 * suspend, unsuspend and unbury it. The rules are src/core/browse.ts's. Lazy.
 */
import { For, Show, createMemo, createSignal } from 'solid-js';
import {
  BROWSE_STATES,
  browseCards,
  cardHistory,
  cardStatus,
  retrievabilityNow,
  sectionsOf,
  type BrowseCard,
  type BrowseQuery,
  type BrowseState,
} from '../../core/browse';
import { isBuried } from '../../core/card-flags';
import { applyEdits, makeEdit, type EditErrors } from '../../core/deck-update';
import { cardKey } from '../../core/queue';
import { CardPhase } from '../../core/review-state';
import { decks, deckBySlug, logs, now, states, storageMessage } from '../data';
import { edits, flags, schedulerFor } from '../study-data';
import { saveCardEdit, suspendCard, unburyCard, unsuspendCard } from '../review-actions';
import { href } from '../router';
import { describeDue } from '../when';

const STATE_WORDS: Record<BrowseState, string> = {
  new: 'New',
  learning: 'Learning',
  review: 'Review',
  suspended: 'Suspended',
  buried: 'Buried',
  retired: 'Retired',
};
const PAGE = 100;
const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/**
 * Every card of every deck with its state, flags and edit. The filters live in this screen's
 * signals, so they are still set when the learner comes back from a card (the list re-renders
 * and each option's `selected` follows them).
 */
function allCards(): BrowseCard[] {
  const st = states();
  const fl = flags();
  const ed = edits();
  return decks().flatMap((d) => {
    // A deck's regeneration retires cards in the deck itself; show them as the flag would.
    const retired = new Set(d.retired ?? []);
    return d.cards.map((card) => {
      const key = cardKey(d.slug, card.id);
      const f = fl.get(key);
      const cardFlags = retired.has(card.id) ? { ...f, retired: true } : f;
      return { deck: d.slug, card, state: st.get(key), flags: cardFlags, edit: ed.get(key) };
    });
  });
}

export default function Browse(props: { deck?: string | undefined; cardId?: string | undefined }) {
  const [text, setText] = createSignal('');
  const [state, setState] = createSignal<BrowseState | ''>('');
  const [section, setSection] = createSignal('');
  const [sort, setSort] = createSignal<NonNullable<BrowseQuery['sort']>>('due');
  const [limit, setLimit] = createSignal(PAGE);

  const cards = createMemo(allCards);
  const inDeck = () => (props.deck ? cards().filter((c) => c.deck === props.deck) : cards());
  const results = createMemo(() => {
    const q: BrowseQuery = { text: text(), sort: sort() };
    if (props.deck) q.deck = props.deck;
    const s = state();
    if (s) q.states = [s];
    if (section()) q.section = section();
    return browseCards(cards(), q, now());
  });
  const opened = () => (props.cardId ? cards().find((c) => c.card.id === props.cardId && (!props.deck || c.deck === props.deck)) : undefined);
  const listHref = () => href('browse', '', props.deck ? { deck: props.deck } : undefined);

  return (
    <Show when={!props.cardId} fallback={<Show when={opened()} fallback={<Missing back={listHref()} />}>{(c) => <CardDetail item={c()} back={listHref()} />}</Show>}>
      <main class="screen browse">
        <h1>{props.deck ? `Cards of ${deckBySlug(props.deck)?.title ?? 'this deck'}` : 'All cards'}</h1>
        <div class="filters">
          <label class="grow">
            Search cards
            <input type="search" value={text()} onInput={(e) => { setText(e.currentTarget.value); setLimit(PAGE); }} autocomplete="off" />
          </label>
          <label>
            State
            <select onChange={(e) => setState(e.currentTarget.value as BrowseState | '')}>
              <option value="">Any state</option>
              <For each={BROWSE_STATES}>
                {(s) => (
                  <option value={s} selected={state() === s}>
                    {STATE_WORDS[s]}
                  </option>
                )}
              </For>
            </select>
          </label>
          <label>
            Section
            <select onChange={(e) => setSection(e.currentTarget.value)}>
              <option value="">Any section</option>
              <For each={sectionsOf(inDeck()).filter(Boolean)}>
                {(s) => (
                  <option value={s} selected={section() === s}>
                    {s}
                  </option>
                )}
              </For>
            </select>
          </label>
          <label>
            Sort
            <select onChange={(e) => setSort(e.currentTarget.value as 'due')}>
              <option value="due" selected={sort() === 'due'}>
                Due soonest first
              </option>
              <option value="due-desc" selected={sort() === 'due-desc'}>
                Due latest first
              </option>
              <option value="article" selected={sort() === 'article'}>
                Article order
              </option>
            </select>
          </label>
        </div>
        <p class="result-count" role="status">
          {results().length === 1 ? '1 card' : `${results().length} cards`}
        </p>
        <ul class="browse-list">
          <For each={results().slice(0, limit())}>
            {(c) => {
              const shown = () => applyEdits(c.card, c.edit);
              return (
                <li>
                  <a class="browse-item" href={href('browse', '', { deck: c.deck, card: c.card.id })}>
                    <span class="browse-prompt">{shown().prompt}</span>
                    <span class="browse-answer">{shown().answer}</span>
                    <span class="browse-meta">
                      <span class={`status status-${cardStatus(c, now())}`}>{STATE_WORDS[cardStatus(c, now())]}</span>
                      <Show when={c.state && c.state.state !== CardPhase.New && !c.flags?.retired}>
                        {' · due '}
                        {describeDue(c.state!.due, now())}
                      </Show>
                      <Show when={c.edit}> · edited</Show>
                    </span>
                  </a>
                </li>
              );
            }}
          </For>
        </ul>
        <Show when={results().length > limit()}>
          <button type="button" onClick={() => setLimit(limit() + PAGE)}>
            Show more cards
          </button>
        </Show>
      </main>
    </Show>
  );
}

function Missing(props: { back: string }) {
  return (
    <main class="screen">
      <h1>Card not found</h1>
      <p>
        This card is not on this device. <a href={props.back}>Back to the cards</a>
      </p>
    </main>
  );
}

function CardDetail(props: { item: BrowseCard; back: string }) {
  const [editing, setEditing] = createSignal(false);
  const [error, setError] = createSignal<string>();
  const [notice, setNotice] = createSignal<string>();
  const c = () => props.item;
  const shown = () => applyEdits(c().card, c().edit);
  const status = () => cardStatus(c(), now());
  const history = () => cardHistory(logs().filter((l) => l.deck === c().deck && l.cardId === c().card.id), c().state);
  const recall = () => retrievabilityNow(schedulerFor(c().deck), c().state, now());

  async function act(what: () => Promise<void>, done: string) {
    setError(undefined);
    try {
      await what();
      setNotice(done);
    } catch (e) {
      setError(`Nothing was changed. ${storageMessage(e)}`);
    }
  }

  return (
    <main class="screen card-detail">
      <a href={props.back}>Back to the cards</a>
      <h1>{shown().prompt}</h1>
      <dl class="facts">
        <dt>Answer</dt>
        <dd>{shown().answer}</dd>
        <dt>Sentence</dt>
        <dd>{c().card.source.sentence}</dd>
        <Show when={c().card.section}>
          <dt>Section</dt>
          <dd>{c().card.section}</dd>
        </Show>
        <dt>Deck</dt>
        <dd>{deckBySlug(c().deck)?.title ?? c().deck}</dd>
        <dt>State</dt>
        <dd>
          {STATE_WORDS[status()]}
          <Show when={c().flags?.leech}> · leech</Show>
          <Show when={isBuried(c().flags, now())}> until {describeDue(c().flags!.buriedUntil, now())}</Show>
        </dd>
        <Show when={c().state && c().state!.state !== CardPhase.New && !c().flags?.retired}>
          <dt>Due</dt>
          <dd>{describeDue(c().state!.due, now())}</dd>
        </Show>
        <dt>Retrievability now</dt>
        <dd>{recall() === undefined ? 'not studied yet' : `${Math.round(recall()! * 100)}%`}</dd>
      </dl>
      <Show when={c().flags?.retired}>
        <p class="note">This card's fact is no longer in the article, so it is not studied any more. Its history is kept.</p>
      </Show>
      <Show when={c().edit}>
        <p class="note">
          You edited this card. Generated: “{c().card.prompt}” → “{c().card.answer}”.
        </p>
      </Show>
      <div class="actions">
        <Show when={!editing()}>
          <button type="button" onClick={() => setEditing(true)}>
            Edit
          </button>
        </Show>
        <Show when={c().flags?.suspended}>
          <button type="button" class="primary" onClick={() => void act(() => unsuspendCard(c().deck, c().card.id), 'Card unsuspended: it is studied again.')}>
            Unsuspend
          </button>
        </Show>
        <Show when={!c().flags?.suspended && !c().flags?.retired}>
          <button type="button" onClick={() => void act(() => suspendCard(c().deck, c().card.id), 'Card suspended.')}>
            Suspend
          </button>
        </Show>
        <Show when={isBuried(c().flags, now())}>
          <button type="button" onClick={() => void act(() => unburyCard(c().deck, c().card.id), 'Card unburied: it can come back today.')}>
            Unbury
          </button>
        </Show>
        <Show when={c().edit && !editing()}>
          <button type="button" onClick={() => void act(() => saveCardEdit(c().deck, c().card.id, null), 'The generated text is back.')}>
            Restore generated text
          </button>
        </Show>
      </div>
      <Show when={editing()}>
        <EditForm
          item={c()}
          onDone={(message) => {
            setEditing(false);
            if (message) setNotice(message);
          }}
        />
      </Show>
      <p role="status" class="notice">
        {notice()}
      </p>
      <Show when={error()}>
        <p class="error" role="alert">
          {error()}
        </p>
      </Show>
      <h2>Review history</h2>
      <Show when={history().length > 0} fallback={<p>Not reviewed yet.</p>}>
        <table class="history">
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Grade</th>
              <th scope="col">Interval</th>
            </tr>
          </thead>
          <tbody>
            <For each={[...history()].reverse()}>
              {(row) => (
                <tr>
                  <td>{dateTime.format(row.date)}</td>
                  <td>{row.gradeName}</td>
                  <td>{row.intervalLabel || '—'}</td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </Show>
    </main>
  );
}

function EditForm(props: { item: BrowseCard; onDone: (message?: string) => void }) {
  const shown = applyEdits(props.item.card, props.item.edit);
  const [prompt, setPrompt] = createSignal(shown.prompt);
  const [answer, setAnswer] = createSignal(shown.answer);
  const [errors, setErrors] = createSignal<EditErrors>({});
  const [failure, setFailure] = createSignal<string>();
  let promptEl: HTMLTextAreaElement | undefined;
  let answerEl: HTMLTextAreaElement | undefined;

  async function submit(e: SubmitEvent) {
    e.preventDefault();
    const r = makeEdit(props.item.card, { prompt: prompt(), answer: answer() }, Date.now());
    if (!r.ok) {
      setErrors(r.errors);
      (r.errors.prompt ? promptEl : answerEl)?.focus();
      return;
    }
    setErrors({});
    try {
      await saveCardEdit(props.item.deck, props.item.card.id, r.edit);
      props.onDone(r.edit ? 'Your edit is saved. It is kept when the deck is regenerated.' : 'The generated text is back.');
    } catch (err) {
      setFailure(`Your edit was not saved. ${storageMessage(err)}`);
    }
  }

  return (
    <form class="edit-form" novalidate onSubmit={(e) => void submit(e)}>
      <div class="field">
        <label for="edit-prompt">Prompt</label>
        <textarea
          id="edit-prompt"
          ref={promptEl}
          rows="3"
          value={prompt()}
          aria-invalid={errors().prompt ? 'true' : undefined}
          aria-describedby={errors().prompt ? 'edit-prompt-error' : undefined}
          onInput={(e) => setPrompt(e.currentTarget.value)}
        />
        <Show when={errors().prompt}>
          <p class="field-error" id="edit-prompt-error">
            {errors().prompt}
          </p>
        </Show>
      </div>
      <div class="field">
        <label for="edit-answer">Answer</label>
        <textarea
          id="edit-answer"
          ref={answerEl}
          rows="2"
          value={answer()}
          aria-invalid={errors().answer ? 'true' : undefined}
          aria-describedby={errors().answer ? 'edit-answer-error' : undefined}
          onInput={(e) => setAnswer(e.currentTarget.value)}
        />
        <Show when={errors().answer}>
          <p class="field-error" id="edit-answer-error">
            {errors().answer}
          </p>
        </Show>
      </div>
      <Show when={failure()}>
        <p class="error" role="alert">
          {failure()}
        </p>
      </Show>
      <div class="actions">
        <button type="submit" class="primary">
          Save
        </button>
        <button type="button" onClick={() => props.onDone()}>
          Cancel
        </button>
      </div>
    </form>
  );
}
