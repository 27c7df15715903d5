/**
 * The quiz start screen: how many questions and the time per question, then "Start quiz".
 * A route may add one more question count (`?questions=5`): it is offered, visibly, beside
 * 10, 20 and all, so a short quiz can be linked to and tested.
 */
import { For, Show, createSignal } from 'solid-js';
import { QUESTION_COUNTS, SECONDS_PER_QUESTION, quizSize, type QuestionCount, type QuizCard, type SecondsPerQuestion } from '../../core/quiz';

const DEFAULT_SECONDS: SecondsPerQuestion = 20;

export interface QuizSetupProps {
  cards: readonly QuizCard[];
  /** An extra question count from the route, or undefined. */
  extraCount?: number;
  onStart: (choice: { questionCount: QuestionCount; secondsPerQuestion: SecondsPerQuestion }) => void;
}

export function QuizSetup(props: QuizSetupProps) {
  const counts = (): QuestionCount[] => {
    const extra = props.extraCount;
    if (extra === undefined || QUESTION_COUNTS.includes(extra)) return [...QUESTION_COUNTS];
    return [extra, ...QUESTION_COUNTS].sort((a, b) => (a === 'all' ? 1 : b === 'all' ? -1 : a - b));
  };
  // Until the learner picks, the route's extra count (when given) is the one selected.
  const [picked, setCount] = createSignal<QuestionCount>();
  const count = (): QuestionCount => picked() ?? props.extraCount ?? QUESTION_COUNTS[0]!;
  const [seconds, setSeconds] = createSignal<SecondsPerQuestion>(DEFAULT_SECONDS);
  const size = () => quizSize(props.cards, count());

  return (
    <form
      class="quiz-setup"
      onSubmit={(e) => {
        e.preventDefault();
        if (size() > 0) props.onStart({ questionCount: count(), secondsPerQuestion: seconds() });
      }}
    >
      <div class="field">
        <label for="quiz-count">Number of questions</label>
        <select id="quiz-count" onChange={(e) => setCount(e.currentTarget.value === 'all' ? 'all' : Number(e.currentTarget.value))}>
          <For each={counts()}>
            {(c) => (
              <option value={String(c)} selected={c === count()}>
                {c === 'all' ? `All (${quizSize(props.cards, 'all')})` : String(c)}
              </option>
            )}
          </For>
        </select>
      </div>
      <div class="field">
        <label for="quiz-seconds">Time per question</label>
        <select id="quiz-seconds" onChange={(e) => setSeconds(e.currentTarget.value === 'none' ? null : Number(e.currentTarget.value))}>
          <For each={SECONDS_PER_QUESTION}>
            {(s) => (
              <option value={s === null ? 'none' : String(s)} selected={s === seconds()}>
                {s === null ? 'No limit' : `${s} seconds`}
              </option>
            )}
          </For>
        </select>
      </div>
      <Show
        when={size() > 0}
        fallback={<p role="status">There are no cards to quiz on here yet.</p>}
      >
        <p class="muted" aria-live="polite">
          {size() === 1 ? '1 question' : `${size()} questions`}
          {seconds() === null ? ', no time limit.' : `, ${seconds()} seconds each.`}
        </p>
      </Show>
      <button type="submit" class="primary wide" disabled={size() === 0}>
        Start quiz
      </button>
    </form>
  );
}
