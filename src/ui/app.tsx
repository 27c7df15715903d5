/** The app shell: top bar, the current route's screen, and banners. Part of the first bundle. */
import { Match, Show, Switch, lazy } from 'solid-js';
import { route, href } from './router';
import { loadError, loaded } from './data';
import Home from './screens/home';
import Review from './screens/review';
import { UpdateBanner } from './components/update-banner';

// Only the screens a learner opens every day are in the first bundle; the rest load on demand.
const DeckPage = lazy(() => import('./screens/deck-page'));
const ArticlePage = lazy(() => import('./screens/article'));
const NewDeck = lazy(() => import('./screens/new-deck'));
const QuizPage = lazy(() => import('./screens/quiz'));
const BrowsePage = lazy(() => import('./screens/browse'));
const SettingsPage = lazy(() => import('./screens/settings'));

export function App() {
  return (
    <>
      <a class="skip-link" href="#content">
        Skip to content
      </a>
      <nav class="topbar" aria-label="Main">
        <a class="brand" href={href('home')}>
          Briefcards
        </a>
        <a class="nav-link" href={href('browse')}>
          Browse
        </a>
        <a class="nav-link" href={href('settings')}>
          Settings
        </a>
      </nav>
      <UpdateBanner />
      <div id="content">
        <Show when={!loadError()} fallback={<ErrorScreen message={loadError()!} />}>
          <Show when={loaded()} fallback={<p class="loading">Loading your decks…</p>}>
            <Switch fallback={<Home />}>
              <Match when={route().name === 'deck'}>
                <DeckPage slug={route().param} />
              </Match>
              <Match when={route().name === 'study'}>
                {/* keyed by slug so switching decks starts a fresh session */}
                <Show when={route().param} keyed>
                  {(slug) => <Review slug={slug} />}
                </Show>
              </Match>
              <Match when={route().name === 'new'}>
                <Show when={route().param || 'new'} keyed>
                  {(p) => <NewDeck updateSlug={p === 'new' ? undefined : p} />}
                </Show>
              </Match>
              <Match when={route().name === 'quiz'}>
                <Show when={route().param} keyed>
                  {(slug) => <QuizPage slug={slug} />}
                </Show>
              </Match>
              <Match when={route().name === 'article'}>
                <ArticlePage slug={route().param} cardId={route().query.get('card') ?? undefined} />
              </Match>
              <Match when={route().name === 'browse'}>
                <BrowsePage deck={route().query.get('deck') ?? undefined} cardId={route().query.get('card') ?? undefined} />
              </Match>
              <Match when={route().name === 'settings'}>
                {/* keyed by slug so the form starts from the chosen deck's saved values */}
                <Show when={route().param || 'app'} keyed>
                  {(which) => <SettingsPage slug={which === 'app' ? undefined : which} />}
                </Show>
              </Match>
            </Switch>
          </Show>
        </Show>
      </div>
    </>
  );
}

function ErrorScreen(props: { message: string }) {
  return (
    <main class="screen">
      <h1>Something went wrong</h1>
      <p role="alert">{props.message}</p>
      <button type="button" class="primary" onClick={() => location.reload()}>
        Reload
      </button>
    </main>
  );
}
