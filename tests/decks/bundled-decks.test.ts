import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deckFolders } from '../../scripts/deck-files';
import { makeBackup, validateBackup } from '../../src/core/backup';
import { DECK_FORMAT_VERSION, type DeckFile } from '../../src/core/deck';

describe.each(deckFolders().map((f) => [f.slug, f] as const))('bundled deck %s', (slug, folder) => {
  const deck = JSON.parse(readFileSync(join(folder.dir, 'deck.json'), 'utf8')) as DeckFile;

  it('has an article stored as the generator reads it', () => {
    expect(folder.article.charCodeAt(0)).not.toBe(0xfeff);
    expect(folder.article).not.toMatch(/\r/);
    expect(folder.article).toBe(folder.article.normalize('NFC'));
    expect(folder.article).not.toMatch(/^---\n/);
  });

  it('carries its attribution and format version', () => {
    expect(deck.formatVersion).toBe(DECK_FORMAT_VERSION);
    expect(deck.slug).toBe(slug);
    expect(deck.source.title.length).toBeGreaterThan(0);
    expect(deck.source.authors.length).toBeGreaterThan(0);
    expect(deck.source.publisher.length).toBeGreaterThan(0);
    expect(deck.cards.length).toBeGreaterThan(0);
  });

  it('points every card at its sentence: article.slice(start, end) === sentence', () => {
    for (const c of deck.cards) {
      expect(folder.article.slice(c.source.start, c.source.end), c.id).toBe(c.source.sentence);
      // A quote's speaker may stand in the neighbouring sentence; every other answer is in its own.
      expect(c.kind === 'who-said' ? folder.article : c.source.sentence, c.id).toContain(c.answer);
    }
  });

  it('has unique ids and valid multiple-choice options', () => {
    expect(new Set(deck.cards.map((c) => c.id)).size).toBe(deck.cards.length);
    for (const c of deck.cards) {
      if (!c.choices) continue;
      expect(c.choices.length, c.id).toBeGreaterThanOrEqual(4);
      expect(new Set(c.choices).size, c.id).toBe(c.choices.length);
      expect(c.choices, c.id).toContain(c.answer);
    }
  });

  it('passes the record checks of a backup, as a snapshot and as a deck made on a device', () => {
    const records: [string, unknown][] = [
      [`seen:${slug}`, deck.cards],
      [`deck:${slug}`, { deck, article: folder.article, retired: [], createdAt: 1, updatedAt: 1 }],
    ];
    const r = validateBackup(makeBackup(records, 1, 1), 1);
    expect(r.ok ? '' : r.error).toBe('');
  });
});
