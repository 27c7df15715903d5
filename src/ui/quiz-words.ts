/** Words for quiz numbers: scores, accuracy, durations and dates, as the quiz screens show them. */

/** "3 of 5": the score as the issue names it. */
export function formatScore(score: number, total: number): string {
  return `${score} of ${total}`;
}

/** Accuracy 0–1 as a whole percentage: "60%". */
export function formatAccuracy(accuracy: number): string {
  return `${Math.round(accuracy * 100)}%`;
}

/** A duration: "42 s", "1 min 5 s", "1 h 2 min"; whole seconds, rounded. */
export function formatDuration(ms: number): string {
  const total = Math.max(0, Math.round(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  if (h > 0) return m ? `${h} h ${m} min` : `${h} h`;
  if (m > 0) return s ? `${m} min ${s} s` : `${m} min`;
  return `${s} s`;
}

/** A time limit for a history row: "10 s each" or "no limit". */
export function formatLimit(seconds: number | null): string {
  return seconds === null ? 'no limit' : `${seconds} s each`;
}

const dateFmt = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric', hour: 'numeric', minute: '2-digit' });

/** When a quiz was taken, in the device's locale. */
export function formatWhen(at: number): string {
  return dateFmt.format(at);
}
