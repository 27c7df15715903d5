import { describe, expect, it } from 'vitest';
import { slugify } from '../../src/core/slug';

describe('slugify', () => {
  it('makes a lower-case, hyphenated, accent-free slug', () => {
    expect(slugify('Azerbaijan–Iran tensions', new Set())).toBe('azerbaijan-iran-tensions');
    expect(slugify('  Yaşar Güler: a profile! ', new Set())).toBe('yasar-guler-a-profile');
  });
  it('never collides with a slug already taken', () => {
    expect(slugify('Notes', new Set(['notes', 'notes-2']))).toBe('notes-3');
  });
  it('falls back to "deck" for a title with no letters or digits', () => {
    expect(slugify('— ✓ —', new Set())).toBe('deck');
  });
  it('keeps slugs short', () => {
    expect(slugify('word '.repeat(40), new Set()).length).toBeLessThanOrEqual(48);
  });
});
