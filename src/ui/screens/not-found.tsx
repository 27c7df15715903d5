/** What a stale link or a deleted deck shows instead of a blank screen. */
import { href } from '../router';

export function NotFound(props: { what: string }) {
  return (
    <main class="screen">
      <h1>Not found</h1>
      <p>
        This {props.what} is not on this device. It may have been deleted. <a href={href('home')}>Go to your decks</a>.
      </p>
    </main>
  );
}
