/** The new / learning / review counts, as Anki shows them, with words for screen readers. */
import type { QueueCounts } from '../../core/queue';

export function DueCounts(props: { counts: QueueCounts }) {
  return (
    <span class="counts">
      <span class="count new" title="New">
        <span class="count-label">New</span> {props.counts.new}
      </span>
      <span class="count learning" title="Learning">
        <span class="count-label">Learning</span> {props.counts.learning}
      </span>
      <span class="count review" title="Review">
        <span class="count-label">Review</span> {props.counts.review}
      </span>
    </span>
  );
}
