import { describe, expect, it } from 'vitest';
import { createRandom, randomInt, shuffle } from '../../src/core/random';

const take = (seed: number, n: number) => {
  const r = createRandom(seed);
  return Array.from({ length: n }, r);
};

describe('createRandom', () => {
  it('replays the same sequence for the same seed', () => {
    expect(take(42, 20)).toEqual(take(42, 20));
  });

  it('gives different sequences for neighbouring seeds', () => {
    expect(take(1, 5)).not.toEqual(take(2, 5));
    expect(take(0, 5)).not.toEqual(take(1, 5));
  });

  it('stays within [0, 1) and spreads over the interval', () => {
    const values = take(7, 10_000);
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
    const buckets = new Array(10).fill(0) as number[];
    for (const v of values) buckets[Math.floor(v * 10)]!++;
    for (const b of buckets) expect(b).toBeGreaterThan(850);
  });

  it('randomInt covers 0..n-1 and nothing else', () => {
    const r = createRandom(3);
    const seen = new Set<number>();
    for (let i = 0; i < 1000; i++) seen.add(randomInt(r, 4));
    expect([...seen].sort()).toEqual([0, 1, 2, 3]);
  });
});

describe('shuffle', () => {
  it('returns a permutation and leaves the input alone', () => {
    const input = ['a', 'b', 'c', 'd', 'e', 'f'];
    const out = shuffle(input, createRandom(9));
    expect(input).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    expect([...out].sort()).toEqual(input);
  });

  it('is deterministic for a seed and differs across seeds', () => {
    const items = Array.from({ length: 30 }, (_, i) => i);
    expect(shuffle(items, createRandom(5))).toEqual(shuffle(items, createRandom(5)));
    expect(shuffle(items, createRandom(5))).not.toEqual(shuffle(items, createRandom(6)));
  });

  it('can leave an item in place and makes all orders about equally likely', () => {
    // An off-by-one (Sattolo) never leaves an item where it was and never yields "abc".
    const counts = new Map<string, number>();
    const r = createRandom(11);
    for (let i = 0; i < 6000; i++) {
      const key = shuffle(['a', 'b', 'c'], r).join('');
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    expect(counts.size).toBe(6);
    for (const n of counts.values()) expect(n).toBeGreaterThan(850);
  });

  it('handles empty and single-item lists', () => {
    expect(shuffle([], createRandom(1))).toEqual([]);
    expect(shuffle(['x'], createRandom(1))).toEqual(['x']);
  });
});
