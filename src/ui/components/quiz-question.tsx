/**
 * One quiz question and, once answered, its feedback. Options are buttons named by their text
 * alone (the key hint beside each is hidden from screen readers); keys 1–4 answer and Enter
 * moves on (handled by the screen). The countdown is a role="timer" whose visible seconds
 * change every second; what a screen reader hears comes from the screen's live region.
 */
import { For, Match, Show, Switch, createEffect, on } from 'solid-js';
import { currentQuestion, currentResponse, timeLeftMs, type QuizState } from '../../core/quiz';
import { secondsLeft } from '../../core/quiz-countdown';

export interface QuizQuestionProps {
  state: QuizState;
  now: number;
  onAnswer: (given: string, byPointer: boolean) => void;
  onGiveUp: (byPointer: boolean) => void;
  onNext: (byPointer: boolean) => void;
}

export function QuizQuestionView(props: QuizQuestionProps) {
  const question = () => currentQuestion(props.state)!;
  const response = () => currentResponse(props.state);
  const answered = () => props.state.phase === 'feedback';
  const limitMs = () => (props.state.settings.secondsPerQuestion ?? 1) * 1000;
  const left = () => timeLeftMs(props.state, props.now);
  let promptEl: HTMLHeadingElement | undefined;
  let inputEl: HTMLInputElement | undefined;
  let feedbackEl: HTMLHeadingElement | undefined;

  // Focus follows the quiz: the new question (or its text field), then the feedback.
  createEffect(
    on(
      () => [props.state.index, props.state.phase] as const,
      ([, phase]) => {
        queueMicrotask(() => {
          if (phase === 'feedback') feedbackEl?.focus({ preventScroll: false });
          else if (question().mode === 'type-in') inputEl?.focus();
          else promptEl?.focus({ preventScroll: true });
        });
      },
    ),
  );

  const verdict = () => {
    const r = response();
    if (!r) return '';
    if (r.correct) return 'Right';
    return r.timedOut ? 'Out of time' : 'Wrong';
  };

  return (
    <div class="quiz-question">
      <div class="quiz-status">
        <h1 class="quiz-progress">
          Question {props.state.index + 1} of {props.state.questions.length}
          <Show when={props.state.practice}> · practice</Show>
        </h1>
        <Show when={left() !== null}>
          <div class="countdown" classList={{ urgent: left()! <= 5000 }}>
            <span role="timer" aria-label="Time left" class="countdown-text">
              {secondsLeft(left()!)} s
            </span>
            <div class="countdown-track" aria-hidden="true">
              <div class="countdown-bar" style={{ transform: `scaleX(${left()! / limitMs()})` }} />
            </div>
          </div>
        </Show>
      </div>

      <section class="card quiz-card">
        <Show when={question().lead}>
          <p class="quiz-lead">{question().lead}</p>
        </Show>
        <h2 class="prompt" id="quiz-prompt" tabindex="-1" ref={promptEl}>
          {question().prompt}
        </h2>
      </section>

      <Switch>
        <Match when={question().mode === 'choice'}>
          <ol class="options" aria-labelledby="quiz-prompt">
            <For each={question().options}>
              {(option, i) => (
                <li
                  classList={{
                    right: answered() && option === question().answer,
                    chosen: answered() && option === response()?.given,
                  }}
                >
                  <span class="key" aria-hidden="true">
                    {i() + 1}
                  </span>
                  <button type="button" class="option" disabled={answered()} onClick={(e) => props.onAnswer(option, e.detail > 0)}>
                    {option}
                  </button>
                </li>
              )}
            </For>
          </ol>
        </Match>
        <Match when={question().mode === 'type-in' && !answered()}>
          <form
            class="type-in"
            onSubmit={(e) => {
              e.preventDefault();
              props.onAnswer(inputEl?.value ?? '', false);
            }}
          >
            <label for="quiz-answer">Your answer</label>
            <input
              id="quiz-answer"
              ref={inputEl}
              type="text"
              autocomplete="off"
              autocapitalize="off"
              spellcheck={false}
              enterkeyhint="done"
              aria-describedby="quiz-prompt"
            />
            <div class="actions">
              <button type="submit" class="primary">
                Check answer
              </button>
              <button type="button" onClick={(e) => props.onGiveUp(e.detail > 0)}>
                I don't know
              </button>
            </div>
          </form>
        </Match>
      </Switch>

      <Show when={response()}>
        {(r) => (
          <section class="feedback" classList={{ correct: r().correct, wrong: !r().correct }} aria-labelledby="quiz-verdict">
            <h2 id="quiz-verdict" class="verdict" tabindex="-1" ref={feedbackEl}>
              {verdict()}
            </h2>
            <p>
              The answer: <strong class="right-answer">{question().answer}</strong>
            </p>
            <Show when={!r().correct && r().given !== null}>
              <p>You answered: {r().given}</p>
            </Show>
            <blockquote class="source-sentence">{question().sentence}</blockquote>
            <button type="button" class="primary wide" onClick={(e) => props.onNext(e.detail > 0)}>
              Next question
            </button>
          </section>
        )}
      </Show>
    </div>
  );
}
