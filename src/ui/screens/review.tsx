/**
 * The review screen (part of the first bundle: it is what a learner opens every day).
 * The card shown is fixed until it is answered; the FSRS preview is computed once, when the
 * answer is revealed, with the scheduler of the card's deck settings, and the stored outcome
 * is the very one the button was labelled from.
 *
 * Undo: every answer, bury and suspend of the session goes on a stack, undone newest first
 * back to the session's start; the answer before the session (kept in storage) can be undone
 * too, so a reload does not lose the last undo.
 */
import { For, Match, Show, Switch, createMemo, createSignal, onCleanup, onMount } from 'solid-js';
import { GRADES, GRADE_NAMES, type Grade } from '../../core/review-state';
import { preview, type Preview } from '../../core/scheduler';
import { cardKey, LEARN_AHEAD_MS, type StudyCard } from '../../core/queue';
import { nextStudyDayStart } from '../../core/study-day';
import { formatWait } from '../../core/format';
import type { FlagWrite, UndoRecord } from '../../core/answer';
import { deckBySlug, queueFor, storageMessage, studyCards } from '../data';
import { dayFor, flags, lastUndo, schedulerFor } from '../study-data';
import { answerCard, buryCard, setCardFlags, suspendCard, undoAnswerRecord } from '../review-actions';
import { vibrate } from '../haptics';
import { href } from '../router';
import { DueCounts } from '../components/due-counts';
import { MenuButton } from '../components/menu-button';
import { describeDue } from '../when';

/** A second tap this soon after the last action is a bounce, not a decision. */
const DOUBLE_TAP_MS = 300;

type Phase = 'front' | 'back' | 'saving';

/** One step the Undo button can take back: an answer, or a bury or suspend (the flags before it). */
type UndoStep = { answer: UndoRecord } | { flags: FlagWrite };

export default function Review(props: { slug: string }) {
  const [current, setCurrent] = createSignal<StudyCard>();
  const [phase, setPhase] = createSignal<Phase>('front');
  const [outcomes, setOutcomes] = createSignal<Preview>();
  const [error, setError] = createSignal<string>();
  const [notice, setNotice] = createSignal<string>();
  const [queueNow, setQueueNow] = createSignal(Date.now());
  const [undoStack, setUndoStack] = createSignal<UndoStep[]>(initialUndo());
  let lastAction = Number.NEGATIVE_INFINITY;
  let wakeTimer: ReturnType<typeof setTimeout> | undefined;
  let answerHeading: HTMLHeadingElement | undefined;

  // One queue per change of progress or clock, however many places on the screen read it.
  const queue = createMemo(() => queueFor(props.slug, queueNow()));
  const title = () => (props.slug === 'all' ? 'All decks' : deckBySlug(props.slug)?.title ?? 'Deck');
  const day = () => dayFor(props.slug);

  /** The answer given before this session, when it belongs to what this session studies. */
  function initialUndo(): UndoStep[] {
    const last = lastUndo();
    return last && (props.slug === 'all' || last.log.deck === props.slug) ? [{ answer: last }] : [];
  }

  /** Picks the next card, or arranges to wake when a learning card comes due. */
  function advance() {
    const at = Date.now();
    setQueueNow(at);
    const q = queueFor(props.slug, at);
    setCurrent(q.cards[0]);
    setPhase('front');
    setOutcomes(undefined);
    clearTimeout(wakeTimer);
    if (!q.cards[0] && q.nextDue !== undefined && q.nextDue < nextStudyDayStart(at, day())) {
      // Only when nothing is shown by then: an undo may have brought a card back meanwhile.
      wakeTimer = setTimeout(() => !current() && advance(), Math.max(1000, q.nextDue - LEARN_AHEAD_MS - at));
    }
  }

  /**
   * A tap that lands within 300 ms of the last action is a bounce: the grade buttons appear
   * where "Show answer" was, so a double tap would otherwise reveal and grade at once. Space
   * and Enter, which both reveal and grade, count as taps; the digit keys are deliberate and
   * exempt (a held key is filtered by its repeat flag instead).
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
    setOutcomes(preview(schedulerFor(card.deck), card.state, Date.now()));
    setPhase('back');
    answerHeading?.focus({ preventScroll: true });
  }

  async function grade(g: Grade, byPointer = false) {
    const card = current();
    const o = outcomes();
    if (!card || !o || phase() !== 'back' || bounce(byPointer)) return;
    setPhase('saving');
    setError(undefined);
    vibrate(10);
    try {
      const w = await answerCard(card, o[g], Date.now());
      setUndoStack([...undoStack(), { answer: w.undo }]);
      if (w.leech) {
        vibrate([40, 80, 40]);
        setNotice(
          `Suspended as a leech: you have forgotten “${card.card.prompt}” ${w.state.lapses} times. ` +
            'Rewrite it in Browse, then unsuspend it there.',
        );
      } else setNotice(undefined);
      advance();
    } catch (e) {
      if (e instanceof Error && (e.name === 'StaleAnswerError' || e.name === 'StaleRecordError')) {
        // Another tab or window answered this card meanwhile: its answer stands; move on.
        advance();
        setError('This card was answered in another tab or window meanwhile, so this answer was not saved. Here is the next card.');
        return;
      }
      setPhase('back');
      setError(`Your answer was not saved. ${storageMessage(e)}`);
    }
  }

  /** Takes back the newest step of the session and shows its card again. */
  async function undo() {
    const stack = undoStack();
    const step = stack.at(-1);
    if (!step || phase() === 'saving') return;
    const rest = stack.slice(0, -1);
    const was = phase();
    setPhase('saving');
    setError(undefined);
    setNotice(undefined);
    try {
      let key: string;
      if ('answer' in step) {
        // The answer before it, if any, is the one a reload can still undo.
        const older = [...rest].reverse().find((s): s is { answer: UndoRecord } => 'answer' in s);
        const r = await undoAnswerRecord(step.answer, older?.answer, Date.now());
        if (!r.ok) {
          setUndoStack(rest);
          setPhase(was);
          setError(`Could not undo: ${r.reason}`);
          return;
        }
        key = r.key;
      } else {
        await setCardFlags(step.flags);
        key = cardKey(step.flags.deck, step.flags.cardId);
      }
      setUndoStack(rest);
      showAgain(key);
    } catch (e) {
      setPhase(was);
      setError(`Nothing was undone. ${storageMessage(e)}`);
    }
  }

  /** Shows the card with this key next (the one just undone), or the queue's first card. */
  function showAgain(key: string) {
    advance();
    const card = studyCards(props.slug, Date.now()).find((c) => cardKey(c.deck, c.card.id) === key && !c.hidden);
    if (card) setCurrent(card);
  }

  /** Bury or suspend the card shown, keeping its flags before for Undo. */
  async function hide(how: 'bury' | 'suspend') {
    const card = current();
    if (!card || phase() === 'saving') return;
    const before: FlagWrite = { deck: card.deck, cardId: card.card.id, flags: flags().get(cardKey(card.deck, card.card.id)) ?? {} };
    const was = phase();
    setPhase('saving');
    setError(undefined);
    try {
      if (how === 'bury') await buryCard(card.deck, card.card.id, Date.now());
      else await suspendCard(card.deck, card.card.id);
      setUndoStack([...undoStack(), { flags: before }]);
      setNotice(how === 'bury' ? 'Card buried until the next study day.' : 'Card suspended. Unsuspend it in Browse.');
      advance();
    } catch (e) {
      setPhase(was);
      setError(`The card was not ${how === 'bury' ? 'buried' : 'suspended'}. ${storageMessage(e)}`);
    }
  }

  function onKey(e: KeyboardEvent) {
    if (e.repeat) return;
    const target = e.target as HTMLElement | null;
    if (target?.closest('input, textarea, select, [contenteditable="true"], [role="menu"]')) return;
    const z = e.key === 'z' || e.key === 'Z';
    if (((e.ctrlKey || e.metaKey) && z && !e.shiftKey && !e.altKey) || (e.key.toLowerCase() === 'u' && !e.ctrlKey && !e.metaKey && !e.altKey)) {
      e.preventDefault();
      void undo();
      return;
    }
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    // A focused button or link answers Space and Enter itself.
    const onControl = target?.tagName === 'BUTTON' || target?.tagName === 'A';
    if ((e.key === ' ' || e.key === 'Enter') && phase() === 'front' && !onControl) {
      e.preventDefault();
      showAnswer();
    } else if ((e.key === ' ' || e.key === 'Enter') && phase() === 'back' && !onControl) {
      // Anki's shortcut: Space or Enter on the answer side means "Good". The same keys reveal
      // the answer, so a double press within the bounce window must not reveal and grade at once.
      e.preventDefault();
      void grade(3, true);
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
      <div class="review-tools">
        <button type="button" aria-keyshortcuts="U Control+Z Meta+Z" disabled={undoStack().length === 0 || phase() === 'saving'} onClick={() => void undo()}>
          Undo
        </button>
        <MenuButton
          label="More"
          disabled={!current() || phase() === 'saving'}
          items={[
            { label: 'Bury', onSelect: () => void hide('bury') },
            { label: 'Suspend', onSelect: () => void hide('suspend') },
          ]}
        />
      </div>
      <p class="notice" role="status">
        {notice()}
      </p>
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
                  <blockquote class="source-sentence">
                    <SentenceWithAnswer sentence={card().card.source.sentence} answer={card().card.answer} />
                  </blockquote>
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
        <Match when={queue().nextDue !== undefined && queue().nextDue! < nextStudyDayStart(queueNow(), day())}>
          <section class="done" role="status">
            <h2>Next card in {formatWait(queue().nextDue! - LEARN_AHEAD_MS - queueNow())}</h2>
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

/** The article's sentence with the answer marked where it stands, so the eye finds it at once. */
function SentenceWithAnswer(props: { sentence: string; answer: string }) {
  const at = () => (props.answer ? props.sentence.indexOf(props.answer) : -1);
  return (
    <Show when={at() >= 0} fallback={props.sentence}>
      {props.sentence.slice(0, at())}
      <strong class="in-sentence">{props.answer}</strong>
      {props.sentence.slice(at() + props.answer.length)}
    </Show>
  );
}
