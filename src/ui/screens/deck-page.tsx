/** A deck's page: attribution, what is due, the ways in (study, quiz, read the article) and quiz history. Lazy. */
import { liveCardCount } from '../../core/deck';
import { Show, createMemo } from 'solid-js';
import { deckBySlug, now, queueFor } from '../data';
import { href, navigate } from '../router';
import { DueCounts } from '../components/due-counts';
import { Attribution } from '../components/attribution';
import { describeDue } from '../when';
import { NotFound } from './not-found';
import { DeckManage } from '../components/deck-manage';
import { QuizHistory } from '../components/quiz-history';

export default function DeckPage(props: { slug: string }) {
  const deck = () => deckBySlug(props.slug);
  const queue = createMemo(() => queueFor(props.slug, now()));
  const nextDue = () => {
    const q = queue();
    return q.cards.length > 0 ? 'now' : describeDue(q.nextDue, now());
  };
  return (
    <Show when={deck()} fallback={<NotFound what="deck" />}>
      {(d) => (
        <main class="screen">
          <h1>{d().title}</h1>
          <Attribution source={d().source} />
          <dl class="facts">
            <dt>Due today</dt>
            <dd>
              <DueCounts counts={queue().counts} />
            </dd>
            <dt>Cards</dt>
            <dd>{liveCardCount(d())}</dd>
            <dt>Next card due</dt>
            <dd>{nextDue()}</dd>
          </dl>
          <div class="actions">
            <button type="button" class="primary" onClick={() => navigate('study', d().slug)}>
              Study
            </button>
            <a class="button" href={href('quiz', d().slug)}>
              Quiz
            </a>
            <a class="button" href={href('article', d().slug)}>
              Show article
            </a>
            <a class="button" href={href('browse', '', { deck: d().slug })}>
              Cards in this deck
            </a>
            <a class="button" href={href('settings', d().slug)}>
              Options for this deck
            </a>
          </div>
          <QuizHistory deck={d().slug} />
          <DeckManage deck={d()} />
        </main>
      )}
    </Show>
  );
}
