import { describe, expect, it } from 'vitest';
import { formatAccuracy, formatDuration, formatLimit, formatScore } from '../../src/ui/quiz-words';

describe('quiz words', () => {
  it('says the score as "N of M" and accuracy as a whole percentage', () => {
    expect(formatScore(3, 5)).toBe('3 of 5');
    expect(formatAccuracy(0.6)).toBe('60%');
    expect(formatAccuracy(2 / 3)).toBe('67%');
    expect(formatAccuracy(0)).toBe('0%');
  });

  it('says durations in whole seconds, minutes and hours', () => {
    expect(formatDuration(0)).toBe('0 s');
    expect(formatDuration(23_000)).toBe('23 s');
    expect(formatDuration(23_400)).toBe('23 s');
    expect(formatDuration(60_000)).toBe('1 min');
    expect(formatDuration(65_000)).toBe('1 min 5 s');
    expect(formatDuration(3_720_000)).toBe('1 h 2 min');
    expect(formatDuration(-5)).toBe('0 s');
  });

  it('says the time limit a quiz was taken under', () => {
    expect(formatLimit(10)).toBe('10 s each');
    expect(formatLimit(null)).toBe('no limit');
  });
});
