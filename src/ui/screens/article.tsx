/**
 * The article as a readable page, with its headings. With ?card=<id> the card's sentence is
 * highlighted and scrolled into view ("Show in article"). Lazy.
 */
import { For, Show, createMemo, onMount } from 'solid-js';
import { deckBySlug } from '../data';
import { Attribution } from '../components/attribution';
import { NotFound } from './not-found';
import { articleBlocks } from '../article-blocks';

export default function ArticlePage(props: { slug: string; cardId?: string }) {
  const deck = () => deckBySlug(props.slug);
  const highlight = () => deck()?.cards.find((c) => c.id === props.cardId)?.source;
  const blocks = createMemo(() => {
    const d = deck();
    return d ? articleBlocks(d.article, highlight()) : [];
  });
  let mark: HTMLElement | undefined;
  onMount(() => mark?.scrollIntoView({ block: 'center' }));
  return (
    <Show when={deck()} fallback={<NotFound what="article" />}>
      {(d) => (
        <main class="screen article">
          <h1>{d().source.title || d().title}</h1>
          <Attribution source={d().source} />
          <For each={blocks()}>
            {(b) =>
              b.heading ? (
                <h2>{b.text}</h2>
              ) : (
                <p>
                  {b.before}
                  <Show when={b.marked !== undefined}>
                    <mark ref={mark} tabindex="-1">
                      {b.marked}
                    </mark>
                  </Show>
                  {b.after}
                </p>
              )
            }
          </For>
        </main>
      )}
    </Show>
  );
}
