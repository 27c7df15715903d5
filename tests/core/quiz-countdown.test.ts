import { describe, expect, it } from 'vitest';
import { announcement, secondsLeft } from '../../src/core/quiz-countdown';

describe('secondsLeft', () => {
  it('rounds up so 0 shows only when time is up', () => {
    expect(secondsLeft(30_000)).toBe(30);
    expect(secondsLeft(9_200)).toBe(10);
    expect(secondsLeft(1)).toBe(1);
    expect(secondsLeft(0)).toBe(0);
    expect(secondsLeft(-500)).toBe(0);
  });
});

describe('announcement', () => {
  it('speaks at 10 and 5 seconds left and at time up, not every second', () => {
    const spoken = new Map<number, string>();
    for (let s = 30; s >= 0; s--) {
      const words = announcement(s);
      if (words !== null) spoken.set(s, words);
    }
    expect([...spoken]).toEqual([
      [10, '10 seconds left'],
      [5, '5 seconds left'],
      [0, 'Time is up'],
    ]);
  });

  it('speaks once per threshold however often the UI updates', () => {
    // Updates every 250 ms: each displayed second is seen four times.
    const spoken: string[] = [];
    let previous = 20;
    for (let ms = 20_000; ms >= 0; ms -= 250) {
      const s = secondsLeft(ms);
      const words = announcement(s, previous);
      if (words !== null) spoken.push(words);
      previous = s;
    }
    expect(spoken).toEqual(['10 seconds left', '5 seconds left', 'Time is up']);
  });

  it('speaks the true time once after a jump past a threshold', () => {
    expect(announcement(7, 14)).toBe('7 seconds left');
    expect(announcement(3, 12)).toBe('3 seconds left');
    expect(announcement(1, 6)).toBe('1 second left');
    expect(announcement(0, 12)).toBe('Time is up');
  });

  it('stays silent between thresholds, on repeats and when time goes up', () => {
    expect(announcement(9, 10)).toBeNull();
    expect(announcement(10, 10)).toBeNull();
    expect(announcement(0, 0)).toBeNull();
    expect(announcement(20, 5)).toBeNull(); // a new question
    expect(announcement(29)).toBeNull();
  });
});
