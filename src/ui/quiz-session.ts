/**
 * One quiz screen's state and actions (lazy: only the quiz route loads it). The rules are the
 * pure engine's (src/core/quiz.ts); this module holds its current state in a signal, drives
 * its clock from Date.now(), decides what the screen reader hears, and saves every step.
 *
 * Saving: each new state is written after the one before it (a chain of promises), so a slow
 * write can never land after a newer one. The screen does not wait for a step to be saved:
 * feedback shows at once, and a failed write shows a message. The last step writes the result
 * and deletes the quiz in progress in one transaction (store/quiz.ts finishQuiz).
 */
import { createSignal, onCleanup } from 'solid-js';
import {
  answer,
  createQuiz,
  giveUp,
  next,
  practiceQuiz,
  resumeQuiz,
  tick,
  timeLeftMs,
  type QuizCard,
  type QuizSettings,
  type QuizState,
} from '../core/quiz';
import { announcement, secondsLeft } from '../core/quiz-countdown';
import type { QuizResult } from '../core/quiz-history';
import { discardCurrentQuiz, finishQuiz, loadCurrentQuiz, saveCurrentQuiz } from '../store/quiz';
import { storageMessage } from './data';

/** How often the countdown is brought up to date; time itself comes from timestamps. */
const TICK_MS = 250;
/** A second tap this soon after the last action is a bounce, not a decision. */
const DOUBLE_TAP_MS = 300;

/** What happened to the finished quiz's record. */
export type Recording =
  | { status: 'saving' }
  | { status: 'saved'; result: QuizResult | undefined }
  | { status: 'failed'; message: string };

/** A saved quiz found on opening the screen that belongs to another deck. */
export interface OtherQuiz {
  deck: string;
}

export function createQuizSession(deck: string) {
  const [state, setState] = createSignal<QuizState>();
  const [now, setNow] = createSignal(Date.now());
  /** The words for the polite live region: only what announcement() returns, and "" between questions. */
  const [spoken, setSpoken] = createSignal('');
  /** A line about the quiz found on opening (resumed, timed out while away, abandoned). */
  const [notice, setNotice] = createSignal<string>();
  const [saveError, setSaveError] = createSignal<string>();
  const [recording, setRecording] = createSignal<Recording>();
  const [other, setOther] = createSignal<OtherQuiz>();
  const [restored, setRestored] = createSignal(false);

  let writes: Promise<unknown> = Promise.resolve();
  let lastSeconds: number | undefined;
  let lastQuestion = -1;
  let lastAction = Number.NEGATIVE_INFINITY;

  function persist(s: QuizState): void {
    if (s.phase === 'finished') {
      setRecording({ status: 'saving' });
      const job = writes.then(() => finishQuiz(s));
      writes = job.catch(() => undefined);
      job.then(
        (result) => setRecording({ status: 'saved', result }),
        (e) => setRecording({ status: 'failed', message: `This quiz's result was not saved. ${storageMessage(e)}` }),
      );
      return;
    }
    const job = writes.then(() => saveCurrentQuiz(s));
    writes = job.catch(() => undefined);
    job.then(
      () => setSaveError(undefined),
      (e) => setSaveError(`Your quiz could not be saved, so a reload would lose it. ${storageMessage(e)}`),
    );
  }

  /** Shows `s` and saves it; the very same state (an ignored action) changes nothing. */
  function apply(s: QuizState, at: number): void {
    const before = state();
    if (s === before) return;
    setState(s);
    setNow(at);
    const timedOut = s.phase === 'feedback' && s.responses[s.index]?.timedOut === true;
    if (timedOut) {
      setSpoken(announcement(0, Math.max(1, lastSeconds ?? 1)) ?? 'Time is up');
      lastSeconds = 0;
    }
    // A new question clears the live region at once, before the first tick.
    updateCountdown(s, at);
    persist(s);
  }

  /** The live region speaks when the shown seconds cross 10 or 5, once each, never every second. */
  function updateCountdown(s: QuizState, at: number): void {
    const left = timeLeftMs(s, at);
    if (left === null) return;
    const seconds = secondsLeft(left);
    if (s.index !== lastQuestion || lastSeconds === undefined) {
      // A new question starts silent: the question itself is what the learner should hear.
      lastQuestion = s.index;
      lastSeconds = seconds;
      setSpoken('');
      return;
    }
    const words = announcement(seconds, lastSeconds);
    lastSeconds = seconds;
    if (words !== null) setSpoken(words);
  }

  function onClock(): void {
    const at = Date.now();
    setNow(at);
    const s = state();
    if (!s) return;
    updateCountdown(s, at);
    apply(tick(s, at), at);
  }

  const timer = setInterval(onClock, TICK_MS);
  // A hidden tab's timers are throttled; coming back, the time left is put right at once.
  const onVisible = () => onClock();
  document.addEventListener('visibilitychange', onVisible);
  onCleanup(() => {
    clearInterval(timer);
    document.removeEventListener('visibilitychange', onVisible);
  });

  /** A tap within 300 ms of the last action is a bounce; keys are exempt (their repeat flag is filtered). */
  function bounce(byPointer: boolean): boolean {
    const t = performance.now();
    const tooSoon = byPointer && t - lastAction < DOUBLE_TAP_MS;
    if (!tooSoon) lastAction = t;
    return tooSoon;
  }

  function freshSeed(): number {
    return crypto.getRandomValues(new Uint32Array(1))[0]!;
  }

  function resetRun(): void {
    lastSeconds = undefined;
    lastQuestion = -1;
    setSpoken('');
    setRecording(undefined);
    setSaveError(undefined);
    setNotice(undefined);
    setOther(undefined);
  }

  return {
    state,
    now,
    spoken,
    notice,
    saveError,
    recording,
    other,
    restored,

    /** Picks up a saved quiz after a reload, or says why it was set aside. */
    async restore(): Promise<void> {
      try {
        const saved = await loadCurrentQuiz();
        if (saved === undefined) return;
        const at = Date.now();
        const outcome = resumeQuiz(saved, at);
        if (outcome.status === 'abandoned') {
          await discardCurrentQuiz();
          setNotice(
            outcome.reason === 'stale'
              ? 'Your last quiz was left unfinished for over two hours, so it was set aside unscored. Start a new one when you are ready.'
              : 'Your last quiz was saved by another version of Briefcards and cannot be continued, so it was set aside unscored.',
          );
          return;
        }
        if (outcome.state.settings.deck !== deck) {
          setOther({ deck: outcome.state.settings.deck });
          return;
        }
        lastSeconds = undefined;
        lastQuestion = -1;
        setState(outcome.state);
        setNow(at);
        if (outcome.state.phase === 'finished' || outcome.timedOutWhileAway) persist(outcome.state);
        setNotice(
          outcome.timedOutWhileAway
            ? 'Quiz resumed. Time ran out on this question while you were away.'
            : 'Quiz resumed where you left off.',
        );
      } catch (e) {
        setNotice(`Your last quiz could not be read. ${storageMessage(e)}`);
      } finally {
        setRestored(true);
      }
    },

    /** Starts a quiz with a fresh seed from crypto; the seed is kept in the state, so it replays. */
    start(cards: readonly QuizCard[], settings: Omit<QuizSettings, 'seed' | 'deck'>): void {
      resetRun();
      const at = Date.now();
      apply(createQuiz(cards, { ...settings, seed: freshSeed(), deck }, at), at);
    },

    /** Answers with an option's text or typed text; `byPointer` for a tap or click. */
    answer(given: string, byPointer = false): void {
      const s = state();
      if (!s || s.phase !== 'question' || bounce(byPointer)) return;
      const at = Date.now();
      apply(answer(s, given, at), at);
    },

    giveUp(byPointer = false): void {
      const s = state();
      if (!s || s.phase !== 'question' || bounce(byPointer)) return;
      const at = Date.now();
      apply(giveUp(s, at), at);
    },

    next(byPointer = false): void {
      const s = state();
      if (!s || s.phase !== 'feedback' || bounce(byPointer)) return;
      setNotice(undefined);
      const at = Date.now();
      apply(next(s, at), at);
    },

    /** "Practise mistakes": a new session of the questions this one got wrong; never history. */
    practise(): void {
      const s = state();
      if (!s || s.phase !== 'finished') return;
      resetRun();
      const at = Date.now();
      apply(practiceQuiz(s, { seed: freshSeed() }, at), at);
    },

    /** Back to the setup screen (the finished quiz is already stored). */
    close(): void {
      resetRun();
      setState(undefined);
    },
  };
}

export type QuizSession = ReturnType<typeof createQuizSession>;
