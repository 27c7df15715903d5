/**
 * The review screen (part of the first bundle: it is what a learner opens every day).
 * The card shown is fixed until it is answered; the FSRS preview is computed once, when the
 * answer is revealed, and the stored outcome is the very one the button was labelled from.
 */
import { For, Match, Show, Switch, createSignal, onCleanup, onMount } from 'solid-js';
import { GRADES, GRADE_NAMES, type Grade } from '../../core/review-state';
import { createScheduler, preview, type Preview } from '../../core/scheduler';
import { LEARN_AHEAD_MS, type StudyCard } from '../../core/queue';
import { nextStudyDayStart, DEFAULT_DAY } from '../../core/study-day';
import { formatWait } from '../../core/format';
import { answerCard, deckBySlug, queueFor, storageMessage } from '../data';
import { href } from '../router';
import { DueCounts } from '../components/due-counts';
import { describeDue } from '../when';

const scheduler = createScheduler();
/** A second tap this soon after the last action is a bounce, not a decision. */
const DOUBLE_TAP_MS = 300;

type Phase = 'front' | 'back' | 'saving';

export default function Review(props: { slug: string }) {
  const [current, setCurrent] = createSignal<StudyCard>();
  const [phase, setPhase] = createSignal<Phase>('front');
  const [outcomes, setOutcomes] = createSignal<Preview>();
  const [error, setError] = createSignal<string>();
  const [queueNow, setQueueNow] = createSignal(Date.now());
  let lastAction = Number.NEGATIVE_INFINITY;
  let wakeTimer: ReturnType<typeof setTimeout> | undefined;
  let answerHeading: HTMLHeadingElement | undefined;

  const queue = () => queueFor(props.slug, queueNow());
  const title = () => (props.slug === 'all' ? 'All decks' : deckBySlug(props.slug)?.title ?? 'Deck');

  /** Picks the next card, or arranges to wake when a learning card comes due. */
  function advance() {
    const at = Date.now();
    setQueueNow(at);
    const q = queueFor(props.slug, at);
    setCurrent(q.cards[0]);
    setPhase('front');
    setOutcomes(undefined);
    clearTimeout(wakeTimer);
    if (!q.cards[0] && q.nextDue !== undefined && q.nextDue < nextStudyDayStart(at, DEFAULT_DAY)) {
      wakeTimer = setTimeout(advance, Math.max(1000, q.nextDue - LEARN_AHEAD_MS - at));
    }
  }

  /**
   * A tap that lands within 300 ms of the last action is a bounce: the grade buttons appear
   * where "Show answer" was, so a double tap would otherwise reveal and grade at once.
   * Keys are exempt (a held key is filtered by its repeat flag instead).
   */
  function bounce(byPointer: boolean): boolean {
    const t = performance.now();
    const tooSoon = byPointer && t - lastAction < DOUBLE_TAP_MS;
    if (!tooSoon) lastAction = t;
    return tooSoon;
  }

  function showAnswer(byPointer = false) {
    const card = current();
    if (!card || phase() !== 'front' || bounce(byPointer)) return;
    setOutcomes(preview(scheduler, card.state, Date.now()));
    setPhase('back');
    answerHeading?.focus({ preventScroll: true });
  }

  async function grade(g: Grade, byPointer = false) {
    const card = current();
    const o = outcomes();
    if (!card || !o || phase() !== 'back' || bounce(byPointer)) return;
    setPhase('saving');
    setError(undefined);
    try {
      await answerCard(card.deck, card.card.id, o[g]);
      advance();
    } catch (e) {
      setPhase('back');
      setError(`Your answer was not saved. ${storageMessage(e)}`);
    }
  }

  function onKey(e: KeyboardEvent) {
    if (e.ctrlKey || e.metaKey || e.altKey || e.repeat) return;
    const target = e.target as HTMLElement | null;
    if (target?.closest('input, textarea, select, [contenteditable="true"]')) return;
    if ((e.key === ' ' || e.key === 'Enter') && phase() === 'front') {
      e.preventDefault();
      showAnswer();
    } else if ((e.key === ' ' || e.key === 'Enter') && phase() === 'back' && target?.tagName !== 'BUTTON' && target?.tagName !== 'A') {
      // Anki's shortcut: Space or Enter on the answer side means "Good".
      e.preventDefault();
      void grade(3);
    } else if (/^[1-4]$/.test(e.key) && phase() === 'back') {
      e.preventDefault();
      void grade(Number(e.key) as Grade);
    }
  }

  // Keeps "Next card in N min" and the counts true while the screen waits.
  const clock = setInterval(() => {
    if (!current()) setQueueNow(Date.now());
  }, 15_000);

  onMount(() => {
    advance();
    document.addEventListener('keydown', onKey);
  });
  onCleanup(() => {
    document.removeEventListener('keydown', onKey);
    clearTimeout(wakeTimer);
    clearInterval(clock);
  });

  return (
    <main class="screen review-screen">
      <header class="review-head">
        <h1 class="review-title">{title()}</h1>
        <DueCounts counts={queue().counts} />
      </header>
      <Switch>
        <Match when={current()}>
          {(card) => (
            <>
              <section class="card" aria-live="polite">
                <Show when={card().card.section}>
                  <p class="section-name">{card().card.section}</p>
                </Show>
                <p class="prompt">{card().card.prompt}</p>
                <Show when={phase() !== 'front'}>
                  <h2 class="answer" tabindex="-1" ref={answerHeading}>
                    {card().card.answer}
                  </h2>
                  <blockquote class="source-sentence">{card().card.source.sentence}</blockquote>
                  <a class="show-in-article" href={href('article', card().deck, { card: card().card.id })}>
                    Show in article
                  </a>
                </Show>
              </section>
              <Show when={error()}>
                <p class="error" role="alert">
                  {error()}
                </p>
              </Show>
              <div class="answer-bar">
                <Show
                  when={phase() !== 'front'}
                  fallback={
                    <button type="button" class="primary wide" onClick={(e) => showAnswer(e.detail > 0)}>
                      Show answer
                    </button>
                  }
                >
                  <div class="grades">
                    <For each={GRADES}>
                      {(g) => (
                        <button type="button" class={`grade grade-${g}`} disabled={phase() === 'saving'} onClick={(e) => void grade(g, e.detail > 0)}>
                          <span class="grade-name">{GRADE_NAMES[g]}</span> <span class="grade-interval">{outcomes()?.[g].label}</span>
                        </button>
                      )}
                    </For>
                  </div>
                </Show>
              </div>
            </>
          )}
        </Match>
        <Match when={queue().nextDue !== undefined && queue().nextDue! < nextStudyDayStart(queueNow(), DEFAULT_DAY)}>
          <section class="done" role="status">
            <h2>Next card in {formatWait(queue().nextDue! - queueNow())}</h2>
            <p>A card you are learning comes back then. You can leave this screen: it will be waiting.</p>
          </section>
        </Match>
        <Match when={true}>
          <section class="done" role="status">
            <h2>Done for today</h2>
            <p>Next card due: {describeDue(queue().nextDue, queueNow())}.</p>
            <a class="button" href={href('home')}>
              Back to your decks
            </a>
          </section>
        </Match>
      </Switch>
    </main>
  );
}
