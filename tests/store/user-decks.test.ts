import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { deleteDeck, loadDeckPrefs, loadUserDecks, saveDeckPrefs, saveUserDeck } from '../../src/store/user-decks';
import { commit, readPrefix, resetDbForTests } from '../../src/store/db';
import { resetSchemaForTests } from '../../src/store/schema';
import { isDeckKey } from '../../src/core/record-keys';
import type { DeckFile } from '../../src/core/deck';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  resetDbForTests();
  resetSchemaForTests();
});

const file = (slug: string): DeckFile => ({
  formatVersion: 1,
  slug,
  title: slug.toUpperCase(),
  source: { title: 'T', authors: ['A'], publisher: 'P', date: '2024' },
  cards: [{ id: 'c1', kind: 'cloze', section: '', prompt: '_____ x', answer: 'y', source: { sentence: 'y x', start: 0, end: 3 } }],
});

describe('user decks', () => {
  it('round-trips a deck with its article and retired cards', async () => {
    await saveUserDeck(file('notes'), 'y x', ['old'], 1000);
    const [deck] = await loadUserDecks();
    expect(deck).toEqual({ ...file('notes'), article: 'y x', bundled: false, retired: ['old'] });
  });

  it('keeps renames and removals as prefs', async () => {
    await saveDeckPrefs('notes', { title: 'My notes' });
    expect((await loadDeckPrefs()).get('notes')).toEqual({ title: 'My notes' });
  });

  it('deletes a deck with all its records and nothing of a deck whose slug merely starts the same', async () => {
    await saveUserDeck(file('notes'), 'y x', [], 1);
    await saveUserDeck(file('notes-2'), 'y x', [], 1);
    await commit([
      ['state:notes/c1', { due: 1 }],
      ['log:notes/l1', { id: 'l1' }],
      ['deckprefs:notes', { title: 'N' }],
      ['meta:schema', 1],
      ['state:notes-2/c1', { due: 2 }],
    ]);
    await deleteDeck('notes', false);
    const keys = (await readPrefix('')).map(([k]) => k);
    expect(keys.filter((k) => k.includes('notes'))).toEqual(['deck:notes-2', 'deckgone:notes', 'state:notes-2/c1']);
  });

  it('drops the last answer’s undo and the quiz on screen when they belong to the deleted deck', async () => {
    await commit([
      ['undo:last', { log: { deck: 'notes', id: 'l1' } }],
      ['quiz:current', { settings: { deck: 'notes' } }],
    ]);
    await deleteDeck('notes', false);
    expect((await readPrefix('undo:')).length).toBe(0);
    expect((await readPrefix('quiz:')).length).toBe(0);
    await commit([
      ['undo:last', { log: { deck: 'other', id: 'l2' } }],
      ['quiz:current', { settings: { deck: 'all' } }],
    ]);
    await deleteDeck('notes', false);
    expect((await readPrefix('undo:')).length).toBe(1);
    expect((await readPrefix('quiz:')).length).toBe(1);
  });

  it('marks a bundled deck removed instead of forgetting it', async () => {
    await commit([['state:shipped/c1', { due: 1 }]]);
    await deleteDeck('shipped', true);
    expect((await loadDeckPrefs()).get('shipped')).toEqual({ removed: true });
    expect((await readPrefix('state:')).length).toBe(0);
  });

  it('leaves a tombstone saying when a deck was deleted, which making a new deck of that slug clears', async () => {
    await saveUserDeck(file('notes'), 'y x', [], 1);
    await deleteDeck('notes', false, 5000);
    await commit([['state:shipped/c1', { due: 1 }]]);
    await deleteDeck('shipped', true, 6000);
    expect(await readPrefix('deckgone:')).toEqual([
      ['deckgone:notes', { slug: 'notes', deletedAt: 5000 }],
      ['deckgone:shipped', { slug: 'shipped', deletedAt: 6000 }],
    ]);
    // Deleting again moves the time on; the tombstone is not the deck's, so deletion keeps it.
    await deleteDeck('notes', false, 7000);
    expect((await readPrefix('deckgone:notes'))[0]?.[1]).toEqual({ slug: 'notes', deletedAt: 7000 });
    await saveUserDeck(file('notes'), 'new text', [], 8000);
    expect((await readPrefix('deckgone:')).map(([k]) => k)).toEqual(['deckgone:shipped']);
  });

  it('recognises per-deck keys exactly', () => {
    expect(isDeckKey('deckgone:notes', 'notes')).toBe(false);
    expect(isDeckKey('state:notes/c1', 'notes')).toBe(true);
    expect(isDeckKey('deckprefs:notes', 'notes')).toBe(true);
    expect(isDeckKey('state:notes-2/c1', 'notes')).toBe(false);
    expect(isDeckKey('meta:schema', 'schema')).toBe(false);
  });
});
