/**
 * Seeded randomness for the quiz. The core never calls Math.random(): the caller passes a
 * seed, so a test (or a bug report) can replay a quiz exactly.
 */

/** A source of numbers in [0, 1); the same seed always yields the same sequence. */
export type Random = () => number;

/**
 * mulberry32: one 32-bit word of state, fast and good enough for shuffling a few hundred
 * cards. Only the low 32 bits of `seed` are used, so pass an integer (the UI can take one
 * from crypto.getRandomValues).
 */
export function createRandom(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A whole number in [0, n). */
export function randomInt(random: Random, n: number): number {
  return Math.floor(random() * n);
}

/** A shuffled copy of `items` (Fisher–Yates); the input is left as it was. */
export function shuffle<T>(items: readonly T[], random: Random): T[] {
  const out = items.slice();
  for (let i = out.length - 1; i > 0; i--) {
    // j ranges over 0..i inclusive: excluding i itself is the classic bias (Sattolo's cycle).
    const j = randomInt(random, i + 1);
    const tmp = out[i] as T;
    out[i] = out[j] as T;
    out[j] = tmp;
  }
  return out;
}
