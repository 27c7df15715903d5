/**
 * The article as a readable page, with its headings. With ?card=<id> the card's sentence is
 * highlighted and scrolled into view ("Show in article"). Lazy.
 */
import { For, Show, createMemo, createResource } from 'solid-js';
import { deckBySlug } from '../data';
import { loadBundledArticle } from '../../store/bundled-decks';
import { Attribution } from '../components/attribution';
import { NotFound } from './not-found';
import { articleBlocks } from '../article-blocks';

export default function ArticlePage(props: { slug: string; cardId?: string }) {
  const deck = () => deckBySlug(props.slug);
  const highlight = () => deck()?.cards.find((c) => c.id === props.cardId)?.source;
  // A bundled deck's article loads on first reading; a deck made on the device carries its own.
  const [article] = createResource(deck, async (d) => d.article ?? (await loadBundledArticle(d.slug)) ?? '');
  const blocks = createMemo(() => articleBlocks(article() ?? '', highlight()));
  // The highlighted sentence exists only once the article has rendered: scroll when it appears.
  const scrollTo = (el: HTMLElement) => queueMicrotask(() => el.scrollIntoView({ block: 'center' }));
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
                    <mark ref={scrollTo} tabindex="-1">
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
