/** "By … · Publisher · date": who wrote the article, shown wherever its cards are. */
import { Show } from 'solid-js';
import type { DeckSource } from '../../core/deck';

export function Attribution(props: { source: DeckSource }) {
  const authors = () => props.source.authors.join(', ').replace(/, ([^,]*)$/, ' and $1');
  return (
    <p class="attribution">
      <Show when={props.source.authors.length > 0}>By {authors()}</Show>
      <Show when={props.source.publisher}>
        <Show when={props.source.authors.length > 0}> · </Show>
        {props.source.publisher}
      </Show>
      <Show when={props.source.date}> · {props.source.date}</Show>
    </p>
  );
}
