/** A deck's quiz history (date, score, time) and its best score, read from the device. */
import { For, Show, createResource } from 'solid-js';
import { bestScore, type QuizResult } from '../../core/quiz-history';
import { loadQuizHistory } from '../../store/quiz';
import { storageMessage } from '../data';
import './quiz-history.css';
import { formatAccuracy, formatDuration, formatLimit, formatScore, formatWhen } from '../quiz-words';

/** Rows shown; older quizzes still count towards the best score. */
const SHOWN = 10;

export function QuizHistory(props: { deck: string }) {
  const [history] = createResource(() => props.deck, loadQuizHistory);
  const best = (): QuizResult | undefined => bestScore(history() ?? [], props.deck);
  return (
    <section class="quiz-history" aria-labelledby="quiz-history-heading">
      <h2 id="quiz-history-heading">Quiz history</h2>
      <Show when={!history.error} fallback={<p class="error" role="alert">Quiz history could not be read. {storageMessage(history.error)}</p>}>
        <Show when={history()} fallback={<p>Loading quiz history…</p>}>
          {(list) => (
            <Show when={list().length > 0} fallback={<p>No quizzes taken yet.</p>}>
              <Show when={best()}>
                {(b) => (
                  <p class="best-score">
                    Best score: <strong>{formatScore(b().score, b().total)}</strong> ({formatAccuracy(b().score / b().total)}, {formatDuration(b().durationMs)}, {formatWhen(b().finishedAt)})
                  </p>
                )}
              </Show>
              <table class="history-table">
                <thead>
                  <tr>
                    <th scope="col">Date</th>
                    <th scope="col">Score</th>
                    <th scope="col">Time</th>
                  </tr>
                </thead>
                <tbody>
                  <For each={list().slice(0, SHOWN)}>
                    {(r) => (
                      <tr>
                        <td>{formatWhen(r.finishedAt)}</td>
                        <td>{formatScore(r.score, r.total)}</td>
                        <td>
                          {formatDuration(r.durationMs)} <span class="muted">({formatLimit(r.secondsPerQuestion)})</span>
                        </td>
                      </tr>
                    )}
                  </For>
                </tbody>
              </table>
              <Show when={list().length > SHOWN}>
                <p class="muted">and {list().length - SHOWN} older quizzes.</p>
              </Show>
            </Show>
          )}
        </Show>
      </Show>
    </section>
  );
}
