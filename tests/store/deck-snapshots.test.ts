import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { withRetiredCards } from '../../src/store/deck-snapshots';
import { resetDbForTests } from '../../src/store/db';
import { SCHEMA_VERSION, resetSchemaForTests } from '../../src/store/schema';
import { importBackup } from '../../src/store/backup';
import { makeBackup } from '../../src/core/backup';
import type { Deck, DeckCard } from '../../src/core/deck';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  resetDbForTests();
  resetSchemaForTests();
});

const card = (id: string): DeckCard => ({ id, kind: 'cloze', section: '', prompt: `p${id}`, answer: 'a', source: { sentence: 's', start: 0, end: 1 } });
const deck = (ids: string[]): Deck => ({ formatVersion: 1, slug: 'd', title: 'D', source: { title: 'D', authors: [], publisher: '', date: '' }, cards: ids.map(card), article: 's', bundled: true });

describe('bundled deck snapshots', () => {
  it('shows a card studied on another device as retired once its backup is restored', async () => {
    // This device loaded the new version only; the other one studied card c of the old one.
    await withRetiredCards(deck(['a', 'b']), () => false);
    const other: [string, unknown][] = [['seen:d', ['a', 'b', 'c'].map(card)]];
    const r = await importBackup(JSON.stringify(makeBackup(other, SCHEMA_VERSION, 1)));
    expect(r.ok).toBe(true);
    const shown = await withRetiredCards(deck(['a', 'b']), (id) => id === 'c');
    expect(shown.retired).toEqual(['c']);
  });

  it('remembers a card first studied after the last load', async () => {
    const studied = new Set<string>();
    await withRetiredCards(deck(['a', 'b']), (id) => studied.has(id));
    studied.add('b'); // answered during this session, after the snapshot was taken
    const updated = await withRetiredCards(deck(['a']), (id) => studied.has(id));
    expect(updated.retired).toEqual(['b']);
  });

  it('brings back a studied card that left the deck as retired, and forgets unstudied ones', async () => {
    const studied = new Set(['a', 'b']);
    const first = await withRetiredCards(deck(['a', 'b', 'c']), (id) => studied.has(id));
    expect(first.cards.map((c) => c.id)).toEqual(['a', 'b', 'c']);
    expect(first.retired ?? []).toEqual([]);

    // The app updates: cards b and c are gone, d is new.
    const second = await withRetiredCards(deck(['a', 'd']), (id) => studied.has(id));
    expect(second.cards.map((c) => c.id)).toEqual(['a', 'd', 'b']);
    expect(second.retired).toEqual(['b']);

    // Still retired on the next load, and back in the deck proper if its fact returns.
    expect((await withRetiredCards(deck(['a', 'd']), (id) => studied.has(id))).retired).toEqual(['b']);
    const back = await withRetiredCards(deck(['a', 'b', 'd']), (id) => studied.has(id));
    expect(back.retired ?? []).toEqual([]);
    expect(back.cards.map((c) => c.id)).toEqual(['a', 'b', 'd']);
  });
});
