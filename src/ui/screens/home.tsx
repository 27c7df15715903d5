/** The home screen: every deck on the device with what is due today. Part of the first bundle. */
import { liveCardCount } from '../../core/deck';
import { For, Show, createMemo } from 'solid-js';
import { decks, now, queueFor } from '../data';
import { href, navigate } from '../router';
import { DueCounts } from '../components/due-counts';

export default function Home() {
  const allQueue = createMemo(() => queueFor('all', now()));
  return (
    <main class="screen">
      <h1>Your decks</h1>
      <div class="actions">
        <a class="button" href={href('new')}>
          New deck from article
        </a>
      </div>
      <Show when={decks().length > 0} fallback={<p>No decks on this device yet.</p>}>
        <div class="study-all">
          <button type="button" class="primary" onClick={() => navigate('study', 'all')}>
            Study all
          </button>
          <DueCounts counts={allQueue().counts} />
        </div>
        <ul class="deck-list">
          <For each={decks()}>
            {(deck) => {
              const queue = createMemo(() => queueFor(deck.slug, now()));
              return (
                <li class="deck-item">
                  <div class="deck-item-text">
                    <a class="deck-title" href={href('deck', deck.slug)}>
                      {deck.title}
                    </a>
                    <div class="deck-meta">
                      <DueCounts counts={queue().counts} />
                      <span class="total">{liveCardCount(deck)} cards</span>
                    </div>
                  </div>
                  <button type="button" class="primary" onClick={() => navigate('study', deck.slug)}>
                    Study
                  </button>
                </li>
              );
            }}
          </For>
        </ul>
        <p class="actions">
          <a class="button" href={href('quiz', 'all')}>
            Quiz all decks
          </a>
        </p>
      </Show>
    </main>
  );
}
