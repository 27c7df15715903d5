/**
 * The app's root state and its actions (part of the first bundle). Screens read these signals
 * and call these actions; the rules live in src/core and the I/O in src/store.
 */
import { createSignal, createRoot, onCleanup } from 'solid-js';
import type { Deck } from '../core/deck';
import type { CardState, LogEntry } from '../core/review-state';
import { buildQueue, cardKey, doneToday, DEFAULT_LIMITS, type StudyCard, type StudyQueue } from '../core/queue';
import { DEFAULT_DAY } from '../core/study-day';
import type { GradeOutcome } from '../core/scheduler';
import { bundledSlugs, loadBundledDeck } from '../store/bundled-decks';
import { loadLogs, loadStates, saveAnswer } from '../store/progress';
import { loadDeckPrefs, loadUserDecks } from '../store/user-decks';
import { withRetiredCards } from '../store/deck-snapshots';

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

/** Loads every deck and all progress; screens show a message instead of failing silently. */
export async function loadAll(): Promise<void> {
  try {
    const [bundled, userDecks, prefs, stateMap, logList] = await Promise.all([
      Promise.all(bundledSlugs.map(loadBundledDeck)),
      loadUserDecks(),
      loadDeckPrefs(),
      loadStates(),
      loadLogs(),
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
  if (e instanceof Error && e.name === 'SchemaError') return detail;
  return `Briefcards could not open its storage on this device (${detail}). Private browsing or a full disk can cause this: leave private mode or free some space, then reload.`;
}

export function deckBySlug(slug: string): Deck | undefined {
  return decks().find((d) => d.slug === slug);
}

/** The cards of the given decks (all decks for "all") with what the device knows of them. */
export function studyCards(slug: string): StudyCard[] {
  const chosen = slug === 'all' ? decks() : decks().filter((d) => d.slug === slug);
  const st = states();
  return chosen.flatMap((d) => {
    const retired = new Set(d.retired ?? []);
    return d.cards.map((card) => ({ deck: d.slug, card, state: st.get(cardKey(d.slug, card.id)), hidden: retired.has(card.id) }));
  });
}

/** The queue of one deck (or of all) at `at`. */
export function queueFor(slug: string, at: number): StudyQueue {
  const deckLogs = slug === 'all' ? logs() : logs().filter((l) => l.deck === slug);
  return buildQueue(studyCards(slug), doneToday(deckLogs, at, DEFAULT_DAY), at, { limits: DEFAULT_LIMITS, day: DEFAULT_DAY });
}

function logId(at: number): string {
  const rand = crypto.getRandomValues(new Uint32Array(2));
  return `${at.toString(36).padStart(9, '0')}-${rand[0]!.toString(36)}${rand[1]!.toString(36)}`;
}

/**
 * Records an answer: resolves only after IndexedDB has committed the card's state and its log
 * entry together, and only then updates what the screens show.
 */
export async function answerCard(deck: string, cardId: string, outcome: GradeOutcome): Promise<void> {
  const entry: LogEntry = { id: logId(outcome.log.review), deck, cardId, log: outcome.log };
  await saveAnswer(outcome.state, entry);
  const next = new Map(states());
  next.set(cardKey(deck, cardId), outcome.state);
  setStates(next);
  setLogs([...logs(), entry]);
  void requestPersistence();
}

let persistenceAsked = false;
/** Asks the browser not to evict our data under storage pressure; once per session. */
async function requestPersistence(): Promise<void> {
  if (persistenceAsked) return;
  persistenceAsked = true;
  try {
    if (navigator.storage?.persist && !(await navigator.storage.persisted())) await navigator.storage.persist();
  } catch {
    // Not supported or refused: data is kept anyway, only without the eviction guarantee.
  }
}
