/**
 * The app's root state and its actions (part of the first bundle). Screens read these signals
 * and call these actions; the rules live in src/core and the I/O in src/store.
 */
import { createSignal, createRoot, onCleanup } from 'solid-js';
import type { Deck } from '../core/deck';
import type { CardState, LogEntry } from '../core/review-state';
import { buildQueue, cardKey, doneToday, type StudyCard, type StudyQueue } from '../core/queue';
import { isHidden } from '../core/card-flags';
import { applyEdits } from '../core/deck-update';
import { toQueueOptions } from '../core/settings';
import { mixQueues } from '../core/study-all';
import { bundledSlugs, loadBundledDeck } from '../store/bundled-decks';
import { loadLogs, loadStates } from '../store/progress';
import { onChangeElsewhere } from '../store/db';
import { loadDeckPrefs, loadUserDecks } from '../store/user-decks';
import { withRetiredCards } from '../store/deck-snapshots';
import { edits, flags, loadStudyData, settingsFor } from './study-data';

export const [decks, setDecks] = createSignal<Deck[]>([]);
export const [states, setStates] = createSignal<Map<string, CardState>>(new Map());
export const [logs, setLogs] = createSignal<LogEntry[]>([]);
export const [loadError, setLoadError] = createSignal<string>();
export const [loaded, setLoaded] = createSignal(false);

/** A clock for counts and "due in" lines; review timing reads Date.now() at the moment of an action. */
export const [now, setNow] = createSignal(Date.now());
createRoot(() => {
  const tick = () => setNow(Date.now());
  const timer = setInterval(tick, 15_000);
  document.addEventListener('visibilitychange', tick);
  onCleanup(() => clearInterval(timer));
});

// Another tab or window of the app saved something: read everything again, so this one
// neither shows stale counts nor answers from a state that is gone.
onChangeElsewhere(() => void loadAll());

/** Loads every deck and all progress; screens show a message instead of failing silently. */
export async function loadAll(): Promise<void> {
  try {
    const [bundled, userDecks, prefs, stateMap, logList] = await Promise.all([
      Promise.all(bundledSlugs.map(loadBundledDeck)),
      loadUserDecks(),
      loadDeckPrefs(),
      loadStates(),
      loadLogs(),
      loadStudyData(),
    ]);
    const studied = (slug: string) => (id: string) => stateMap.has(cardKey(slug, id));
    const shipped = await Promise.all(bundled.filter((d): d is Deck => d !== undefined).map((d) => withRetiredCards(d, studied(d.slug))));
    const all = [...shipped, ...userDecks];
    setDecks(
      all
        .filter((d) => !prefs.get(d.slug)?.removed)
        .map((d) => ({ ...d, title: prefs.get(d.slug)?.title ?? d.title })),
    );
    setStates(stateMap);
    setLogs(logList);
    setLoaded(true);
  } catch (e) {
    setLoadError(storageMessage(e));
  }
}

export function storageMessage(e: unknown): string {
  const detail = e instanceof Error ? e.message : String(e);
  if (e instanceof Error && (e.name === 'SchemaError' || e.name === 'StaleRecordError')) return detail;
  return `Briefcards could not open its storage on this device (${detail}). Private browsing or a full disk can cause this: leave private mode or free some space, then reload.`;
}

export function deckBySlug(slug: string): Deck | undefined {
  return decks().find((d) => d.slug === slug);
}

/**
 * The cards of the given decks (all decks for "all") with what the device knows of them, as
 * they are shown: the user's edits applied, and suspended, buried or retired cards hidden.
 */
export function studyCards(slug: string, at: number = now()): StudyCard[] {
  const chosen = slug === 'all' ? decks() : decks().filter((d) => d.slug === slug);
  const st = states();
  const fl = flags();
  const ed = edits();
  return chosen.flatMap((d) => {
    const retired = new Set(d.retired ?? []);
    return d.cards.map((card) => {
      const key = cardKey(d.slug, card.id);
      const hidden = retired.has(card.id) || isHidden(fl.get(key), at);
      return { deck: d.slug, card: applyEdits(card, ed.get(key)), state: st.get(key), hidden };
    });
  });
}

/** Whether a card is retired or suspended: never reviewed, never quizzed. */
export function isOutOfPlay(deck: string, cardId: string): boolean {
  if (deckBySlug(deck)?.retired?.includes(cardId)) return true;
  const f = flags().get(cardKey(deck, cardId));
  return Boolean(f?.suspended || f?.retired);
}

/**
 * The queue of one deck at `at`, with its own settings (limits, day start). "all" builds each
 * deck's queue with that deck's settings and mixes them, so no deck's limits leak into another's.
 */
export function queueFor(slug: string, at: number): StudyQueue {
  if (slug === 'all') return mixQueues(decks().map((d) => queueFor(d.slug, at)), at);
  const opts = toQueueOptions(settingsFor(slug));
  const deckLogs = logs().filter((l) => l.deck === slug);
  return buildQueue(studyCards(slug, at), doneToday(deckLogs, at, opts.day), at, opts);
}
