/**
 * The quiz route, #/quiz/<slug|all>[?questions=N] (lazy: never part of the first bundle).
 * Set-up, then the questions, then "Quiz results"; a reload resumes the quiz in progress or
 * says it was set aside. The screen renders the engine's state through quiz-session.ts and
 * never touches the FSRS schedule: it reads the deck's cards, nothing else.
 */
import { Match, Show, Switch, onCleanup, onMount } from 'solid-js';
import { ALL_DECKS, currentQuestion } from '../../core/quiz';
import { deckBySlug, isOutOfPlay, studyCards } from '../data';
import { href, route } from '../router';
import { createQuizSession } from '../quiz-session';
import { QuizSetup } from '../components/quiz-setup';
import { QuizQuestionView } from '../components/quiz-question';
import { QuizResultsView } from '../components/quiz-results';
import { QuizHistory } from '../components/quiz-history';
import { NotFound } from './not-found';
import './quiz.css';

/** `?questions=N` adds N to the question counts offered (1–1000); anything else is ignored. */
function extraCount(raw: string | null): number | undefined {
  if (raw === null || !/^\d{1,4}$/.test(raw)) return undefined;
  const n = Number(raw);
  return n >= 1 && n <= 1000 ? n : undefined;
}

export default function QuizPage(props: { slug: string }) {
  const isAll = props.slug === ALL_DECKS;
  return (
    <Show when={isAll || deckBySlug(props.slug)} fallback={<NotFound what="deck" />}>
      <QuizScreen slug={props.slug} title={isAll ? 'All decks' : deckBySlug(props.slug)!.title} />
    </Show>
  );
}

function QuizScreen(props: { slug: string; title: string }) {
  const session = createQuizSession(props.slug);
  // Retired and suspended cards stay out of quizzes, as they do out of reviews; buried ones
  // are only held back from today's reviews, so they may be asked.
  const cards = () =>
    studyCards(props.slug)
      .filter(({ deck, card }) => !isOutOfPlay(deck, card.id))
      .map(({ deck, card }) => ({ deck, card }));
  const backHref = () => (props.slug === ALL_DECKS ? href('home') : href('deck', props.slug));
  const backLabel = () => (props.slug === ALL_DECKS ? 'Back to your decks' : 'Back to the deck');
  const titleOf = (slug: string) => (slug === ALL_DECKS ? 'all decks' : deckBySlug(slug)?.title ?? slug);

  function onKey(e: KeyboardEvent) {
    if (e.ctrlKey || e.metaKey || e.altKey || e.repeat) return;
    const s = session.state();
    const target = e.target as HTMLElement | null;
    if (!s || target?.closest('input, textarea, select, [contenteditable="true"]')) return;
    if (s.phase === 'question' && /^[1-4]$/.test(e.key)) {
      const option = currentQuestion(s)?.options[Number(e.key) - 1];
      if (option === undefined) return;
      e.preventDefault();
      session.answer(option);
    } else if (s.phase === 'feedback' && e.key === 'Enter' && target?.tagName !== 'BUTTON' && target?.tagName !== 'A') {
      // On the "Next question" button itself Enter already clicks it.
      e.preventDefault();
      session.next();
    }
  }

  onMount(() => {
    void session.restore();
    document.addEventListener('keydown', onKey);
  });
  onCleanup(() => document.removeEventListener('keydown', onKey));

  return (
    <main class="screen quiz-screen">
      <p class="quiz-deck">
        <a href={backHref()}>{props.title}</a>
      </p>
      <Show when={session.notice()}>
        <p class="notice" role="status">
          {session.notice()}
        </p>
      </Show>
      <Show when={session.saveError()}>
        <p class="error" role="alert">
          {session.saveError()}
        </p>
      </Show>
      <Show when={session.restored()} fallback={<p class="loading">Loading…</p>}>
        <Switch>
          <Match when={session.state()?.phase === 'finished' && session.state()}>
            {(s) => (
              <QuizResultsView
                state={s()}
                recording={session.recording()}
                backHref={backHref()}
                backLabel={backLabel()}
                onPractise={() => session.practise()}
                onNewQuiz={() => session.close()}
              />
            )}
          </Match>
          <Match when={session.state()}>
            {(s) => (
              <QuizQuestionView
                state={s()}
                now={session.now()}
                onAnswer={(given, byPointer) => session.answer(given, byPointer)}
                onGiveUp={(byPointer) => session.giveUp(byPointer)}
                onNext={(byPointer) => session.next(byPointer)}
              />
            )}
          </Match>
          <Match when={true}>
            <h1>Quiz</h1>
            <p>Test yourself against the clock. A quiz never changes your review schedule.</p>
            <Show when={session.other()}>
              {(o) => (
                <p class="notice" role="status">
                  You have an unfinished quiz on {titleOf(o().deck)}. <a href={href('quiz', o().deck)}>Continue it</a>, or start
                  a new quiz here to set it aside.
                </p>
              )}
            </Show>
            <QuizSetup
              cards={cards()}
              extraCount={extraCount(route().query.get('questions'))}
              onStart={(choice) => session.start(cards(), choice)}
            />
            <QuizHistory deck={props.slug} />
          </Match>
        </Switch>
      </Show>
      {/* Only the countdown's announcements (10 s, 5 s, time up); never every second. */}
      <p class="sr-only" aria-live="polite" aria-atomic="true">
        {session.spoken()}
      </p>
    </main>
  );
}
