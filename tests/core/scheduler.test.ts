import { describe, expect, it } from 'vitest';
import { createScheduler, DEFAULT_SCHEDULER, preview, rollback, newCardState } from '../../src/core/scheduler';
import { CardPhase } from '../../src/core/review-state';

const T0 = Date.UTC(2025, 0, 6, 15, 0, 0); // a Monday afternoon
const MIN = 60_000;
const DAY = 86_400_000;

describe('scheduler adapter', () => {
  const noFuzz = createScheduler({ ...DEFAULT_SCHEDULER, fuzz: false });

  it('takes a new card through learning into review with the default steps', () => {
    const first = preview(noFuzz, undefined, T0);
    expect(first[1].label).toBe('1m');
    expect(first[3].label).toBe('10m');
    expect(first[3].state.state).toBe(CardPhase.Learning);
    expect(first[3].log.state).toBe(CardPhase.New);

    const t1 = T0 + 10 * MIN;
    const second = preview(noFuzz, first[3].state, t1);
    expect(second[3].state.state).toBe(CardPhase.Review);
    expect(second[3].state.due - t1).toBeGreaterThanOrEqual(DAY);
    expect(second[3].label).toMatch(/^\d+d$/);

    const t2 = second[3].state.due;
    const third = preview(noFuzz, second[3].state, t2);
    expect(third[3].state.state).toBe(CardPhase.Review);
    expect(third[3].state.scheduled_days).toBeGreaterThan(second[3].state.scheduled_days);
    expect(third[1].state.state).toBe(CardPhase.Relearning);
  });

  it('stores exactly the interval its label promised, fuzz on, for every grade and phase', () => {
    const UNIT: Record<string, number> = { m: MIN, h: 60 * MIN, d: DAY, mo: 30 * DAY, y: 365 * DAY };
    /** The span a label stands for, read independently of formatInterval: [low, high]. */
    const span = (label: string): [number, number] => {
      const m = /^(\d+(?:\.\d)?)(m|h|d|mo|y)$/.exec(label);
      if (!m) throw new Error(`unexpected label ${label}`);
      const unit = UNIT[m[2]!]!;
      const half = m[1]!.includes('.') ? 0.05 : 0.5;
      return [(Number(m[1]) - half) * unit, (Number(m[1]) + half) * unit];
    };
    const fuzzy = createScheduler();
    let state = preview(fuzzy, undefined, T0)[3].state;
    let at = T0 + 10 * MIN;
    let checked = 0;
    for (let i = 0; i < 6; i++) {
      const p = preview(fuzzy, state, at);
      for (const g of [1, 2, 3, 4] as const) {
        const [low, high] = span(p[g].label);
        const stored = p[g].state.due - at;
        expect(stored, `grade ${g} at step ${i}: ${p[g].label}`).toBeGreaterThanOrEqual(low);
        expect(stored, `grade ${g} at step ${i}: ${p[g].label}`).toBeLessThanOrEqual(high);
        expect(p[g].log.review).toBe(at);
        checked++;
      }
      state = p[3].state;
      at = state.due + DAY;
    }
    expect(checked).toBe(24);
  });

  it('keeps all times as epoch milliseconds', () => {
    const p = preview(noFuzz, undefined, T0);
    expect(typeof p[3].state.due).toBe('number');
    expect(typeof p[3].state.last_review).toBe('number');
    expect(typeof p[3].log.review).toBe('number');
    expect(JSON.parse(JSON.stringify(p[3].state))).toEqual(p[3].state);
  });

  it('rolls back an answer to the exact earlier state', () => {
    const learning = preview(noFuzz, undefined, T0)[3].state;
    const after = preview(noFuzz, learning, T0 + 10 * MIN)[3];
    const restored = rollback(noFuzz, after.state, after.log);
    expect(restored.state).toBe(learning.state);
    expect(restored.stability).toBeCloseTo(learning.stability, 10);
    expect(restored.due).toBe(learning.due);
  });

  it('starts a new card due now', () => {
    const s = newCardState(T0);
    expect(s.state).toBe(CardPhase.New);
    expect(s.due).toBe(T0);
    expect(s.reps).toBe(0);
  });

  it('survives a device clock set back before the last review', () => {
    const learned = preview(noFuzz, undefined, T0)[3].state;
    const p = preview(noFuzz, learned, T0 - DAY);
    expect(p[3].log.review).toBe(T0);
    expect(p[3].state.due).toBeGreaterThan(T0);
  });
});
