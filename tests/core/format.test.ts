import { describe, expect, it } from 'vitest';
import { formatInterval, formatWait } from '../../src/core/format';

const MIN = 60_000;
const DAY = 86_400_000;

describe('interval labels', () => {
  it.each([
    [30_000, '<1m'],
    [MIN, '1m'],
    [10 * MIN, '10m'],
    [5 * 60 * MIN, '5h'],
    [3 * DAY, '3d'],
    [75 * DAY, '2.5mo'],
    [438 * DAY, '1.2y'],
  ])('%d ms is %s', (ms, label) => expect(formatInterval(ms)).toBe(label));

  it('says how long to wait in words', () => {
    expect(formatWait(8 * MIN)).toBe('8 min');
    expect(formatWait(7 * MIN + 1)).toBe('8 min');
    expect(formatWait(90 * MIN)).toBe('1 h 30 min');
    expect(formatWait(2 * DAY)).toBe('2 days');
  });
});
