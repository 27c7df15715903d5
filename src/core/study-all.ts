/**
 * "Study all": the due cards of every deck in one session. Each deck's queue is built with
 * its own settings (limits can be overridden per deck), then the queues are mixed in
 * Anki's order so no deck's reviews wait behind another deck's new cards.
 */
import { CardPhase } from './review-state';
import type { StudyCard, StudyQueue } from './queue';

/**
 * Mix queues built by buildQueue for each deck at the same `now`: due learning cards by due
 * time, then reviews by due time, then new cards taking turns between decks, then learning
 * cards within the learn-ahead window. Counts add up; the next due time is the earliest.
 */
export function mixQueues(queues: readonly StudyQueue[], now: number): StudyQueue {
  const learningNow: StudyCard[] = [];
  const reviews: StudyCard[] = [];
  const ahead: StudyCard[] = [];
  const fresh: StudyCard[][] = [];
  let nextDue: number | undefined;
  const counts = { new: 0, learning: 0, review: 0 };

  for (const q of queues) {
    counts.new += q.counts.new;
    counts.learning += q.counts.learning;
    counts.review += q.counts.review;
    if (q.nextDue !== undefined && (nextDue === undefined || q.nextDue < nextDue)) nextDue = q.nextDue;
    const deckNew: StudyCard[] = [];
    for (const c of q.cards) {
      const phase = c.state?.state ?? CardPhase.New;
      if (phase === CardPhase.New) deckNew.push(c);
      else if (phase === CardPhase.Review) reviews.push(c);
      else if (c.state!.due <= now) learningNow.push(c);
      else ahead.push(c);
    }
    fresh.push(deckNew);
  }

  const byDue = (a: StudyCard, b: StudyCard) => a.state!.due - b.state!.due;
  learningNow.sort(byDue);
  reviews.sort(byDue);
  ahead.sort(byDue);

  // Taking turns keeps each deck's new cards in article order while mixing the decks.
  const mixedNew: StudyCard[] = [];
  for (let i = 0; fresh.some((f) => i < f.length); i++) {
    for (const f of fresh) if (i < f.length) mixedNew.push(f[i]!);
  }

  return { cards: [...learningNow, ...reviews, ...mixedNew, ...ahead], counts, nextDue };
}
