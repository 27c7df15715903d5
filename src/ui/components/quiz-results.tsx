/** The end of a quiz, headed "Quiz results": score, accuracy, total time and each mistake. */
import { For, Match, Show, Switch } from 'solid-js';
import { results, type QuizState } from '../../core/quiz';
import type { Recording } from '../quiz-session';
import { formatAccuracy, formatDuration, formatScore } from '../quiz-words';

export interface QuizResultsProps {
  state: QuizState;
  recording: Recording | undefined;
  backHref: string;
  backLabel: string;
  onPractise: () => void;
  onNewQuiz: () => void;
}

export function QuizResultsView(props: QuizResultsProps) {
  const r = () => results(props.state);
  let heading: HTMLHeadingElement | undefined;
  queueMicrotask(() => heading?.focus({ preventScroll: true }));
  return (
    <section class="quiz-results" aria-labelledby="quiz-results-heading">
      <h1 id="quiz-results-heading" tabindex="-1" ref={heading}>
        Quiz results
      </h1>
      <dl class="facts results-facts">
        <dt>Score</dt>
        <dd class="score">{formatScore(r().score, r().total)}</dd>
        <dt>Accuracy</dt>
        <dd class="accuracy">{formatAccuracy(r().accuracy)}</dd>
        <dt>Total time</dt>
        <dd class="total-time">{formatDuration(r().durationMs)}</dd>
        <Show when={r().timedOut > 0}>
          <dt>Out of time</dt>
          <dd>{r().timedOut === 1 ? '1 question' : `${r().timedOut} questions`}</dd>
        </Show>
      </dl>
      <p class="muted recording" role="status">
        <Switch>
          <Match when={props.state.practice}>A practice session: not added to your quiz history, and your review schedule is unchanged.</Match>
          <Match when={props.recording?.status === 'saving'}>Saving to your quiz history…</Match>
          <Match when={props.recording?.status === 'saved'}>Saved to your quiz history. Your review schedule is unchanged.</Match>
        </Switch>
      </p>
      <Show when={props.recording?.status === 'failed' && props.recording}>
        {(rec) => (
          <p class="error" role="alert">
            {(rec() as { message: string }).message}
          </p>
        )}
      </Show>

      <Show when={r().mistakes.length > 0} fallback={<p>No mistakes. Well done.</p>}>
        <h2>Mistakes</h2>
        <ol class="mistakes">
          <For each={r().mistakes}>
            {(m) => (
              <li class="mistake">
                <Show when={m.question.lead}>
                  <p class="quiz-lead">{m.question.lead}</p>
                </Show>
                <p class="mistake-prompt">{m.question.prompt}</p>
                <p>
                  Right answer: <strong class="right-answer">{m.question.answer}</strong>
                </p>
                <p class="muted">{m.timedOut ? 'Out of time' : m.given === null ? 'Not answered' : `You answered: ${m.given}`}</p>
                <blockquote class="source-sentence">{m.question.sentence}</blockquote>
              </li>
            )}
          </For>
        </ol>
      </Show>

      <div class="actions">
        <Show when={r().mistakes.length > 0}>
          <button type="button" class="primary" onClick={() => props.onPractise()}>
            Practise mistakes
          </button>
        </Show>
        <button type="button" onClick={() => props.onNewQuiz()}>
          New quiz
        </button>
        <a class="button" href={props.backHref}>
          {props.backLabel}
        </a>
      </div>
    </section>
  );
}
