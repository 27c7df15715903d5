import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { createStore, set } from 'idb-keyval';
import { DEFAULT_SETTINGS, resolveSettings, validateSettings } from '../../src/core/settings';
import { applyEdits, diffDecks, makeEdit, mergeRegenerated } from '../../src/core/deck-update';
import { loadSettings, saveAppSettings, saveDeckSettings } from '../../src/store/settings';
import { loadEdits, saveEdit } from '../../src/store/edits';
import { DB_NAME, resetDbForTests } from '../../src/store/db';
import { resetSchemaForTests } from '../../src/store/schema';
import { card } from '../core/helpers';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  resetDbForTests();
  resetSchemaForTests();
});

describe('settings store', () => {
  it('gives the defaults when nothing was saved', async () => {
    expect(await loadSettings()).toEqual({ app: DEFAULT_SETTINGS, decks: {} });
  });

  it('round-trips app-wide settings and a deck override; an empty override is deleted', async () => {
    const r = validateSettings({ retention: '0.85', newPerDay: '5', learningSteps: '2m 20m', fuzz: false });
    if (!r.ok) throw new Error('invalid');
    await saveAppSettings(r.value);
    await saveDeckSettings('deck-one', { reviewsPerDay: 50 });
    const loaded = await loadSettings();
    expect(loaded).toEqual({ app: r.value, decks: { 'deck-one': { reviewsPerDay: 50 } } });
    expect(resolveSettings(loaded.app, loaded.decks['deck-one'])).toMatchObject({ retention: 0.85, newPerDay: 5, reviewsPerDay: 50 });

    await saveDeckSettings('deck-one', {});
    expect((await loadSettings()).decks).toEqual({});
  });

  it('a damaged stored field falls back instead of reaching the scheduler', async () => {
    await loadSettings();
    await set('settings:app', { retention: 3, newPerDay: 7 }, createStore(DB_NAME, 'records'));
    const { app } = await loadSettings();
    expect(app.retention).toBe(DEFAULT_SETTINGS.retention);
    expect(app.newPerDay).toBe(7);
  });
});

describe('edits store', () => {
  const gen = card('a', 0, 10, { prompt: 'The _____ rose.', answer: 'sun' });

  it('round-trips an edit keyed by deck and card id; null deletes it', async () => {
    await saveEdit('d', 'a', { prompt: 'Which star rose?', editedAt: 5 });
    expect(await loadEdits()).toEqual(new Map([['d/a', { prompt: 'Which star rose?', editedAt: 5 }]]));
    await saveEdit('d', 'a', null);
    expect(await loadEdits()).toEqual(new Map());
  });

  it('an edit survives regeneration of its deck: it is applied to the regenerated card by id', async () => {
    const r = makeEdit(gen, { prompt: 'Which star rose?', answer: 'The sun' }, 5);
    if (!r.ok || !r.edit) throw new Error('no edit');
    await saveEdit('d', gen.id, r.edit);

    // The deck is regenerated from a revised article: new card objects, new offsets, new wording.
    const regenerated = [card('a', 30, 40, { prompt: 'At dawn the _____ rose.', answer: 'sun' }), card('z', 41, 50)];
    const stored = mergeRegenerated([gen], regenerated);
    expect(diffDecks([gen], regenerated).kept.map((c) => c.id)).toEqual(['a']);

    // The edits are read back from storage after the regeneration, untouched by it.
    const edits = await loadEdits();
    const shown = stored.map((c) => applyEdits(c, edits.get(`d/${c.id}`)));
    expect(shown[0]).toMatchObject({ id: 'a', prompt: 'Which star rose?', answer: 'The sun', source: { start: 30 } });
    expect(shown[1]).toBe(regenerated[1]);
  });
});
