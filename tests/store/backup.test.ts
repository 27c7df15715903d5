import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { createStore, entries, set } from 'idb-keyval';
import { applyAnswer, undoAnswer, type AnswerWrites } from '../../src/core/answer';
import { makeBackup } from '../../src/core/backup';
import { logKey, stateKey } from '../../src/core/record-keys';
import type { CardState } from '../../src/core/review-state';
import { createScheduler, preview } from '../../src/core/scheduler';
import { exportAll, importBackup } from '../../src/store/backup';
import { saveAnswerWrites, saveUndoWrites } from '../../src/store/answers';
import { DB_NAME, resetDbForTests } from '../../src/store/db';
import { loadLogs, loadStates } from '../../src/store/progress';
import { saveAppSettings } from '../../src/store/settings';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { SCHEMA_VERSION, recordMigrations, resetSchemaForTests } from '../../src/store/schema';
import { card } from '../core/helpers';
import type { DeckFile } from '../../src/core/deck';
import { deleteDeck, loadUserDecks, saveUserDeck } from '../../src/store/user-decks';
import { saveDeckSettings } from '../../src/store/settings';

const deckFile: DeckFile = {
  formatVersion: 1,
  slug: 'notes',
  title: 'Notes',
  source: { title: 'Notes', authors: [], publisher: '', date: '' },
  cards: [card('c1', 0, 3)],
};

const T0 = Date.UTC(2025, 4, 10, 12, 0);
const sched = createScheduler();
const DAY = { dayStartHour: 4, timeZone: 'UTC' };
let seq = 0;

/** A fresh, empty device. */
function freshDevice() {
  globalThis.indexedDB = new IDBFactory();
  resetDbForTests();
  resetSchemaForTests();
}

beforeEach(freshDevice);

async function answer(cardId: string, at: number, before?: CardState): Promise<AnswerWrites> {
  const w = applyAnswer({ deck: 'd', card: card(cardId, at % 1000, (at % 1000) + 5), before, outcome: preview(sched, before, at)[3], day: DAY, unique: `u${seq++}` });
  await saveAnswerWrites(w);
  return w;
}

const allRecords = async () => new Map(await entries<string, unknown>(createStore(DB_NAME, 'records')));

describe('backup store', () => {
  it('exports every record and restores them on an empty device', async () => {
    const a = await answer('a', T0);
    await answer('b', T0 + 60_000);
    await saveAppSettings({ ...DEFAULT_SETTINGS, newPerDay: 7 });
    const backup = await exportAll(T0 + 120_000);
    expect(backup).toMatchObject({ format: 'briefcards-backup', version: 1, schemaVersion: SCHEMA_VERSION, exportedAt: T0 + 120_000 });
    const keys = backup.records.map(([k]) => k);
    expect(keys).toEqual(expect.arrayContaining(['meta:schema', 'settings:app', 'undo:last', `log:d/${a.log.id}`, 'state:d/a']));
    const before = await allRecords();

    freshDevice();
    const r = await importBackup(JSON.stringify(backup));
    expect(r).toMatchObject({ ok: true, summary: { reviews: 2, cards: 2, decks: 0, other: 1 } });
    const after = await allRecords();
    // Everything but the last answer's undo record, which belongs to the other device's session.
    before.delete('undo:last');
    expect(after).toEqual(before);
    expect(await loadLogs()).toHaveLength(2);
  });

  it('an undone answer in an older backup does not come back', async () => {
    const a = await answer('a', T0);
    const b = await answer('b', T0 + 60_000);
    const text = JSON.stringify(await exportAll());
    const undo = undoAnswer(b.undo, b.state, T0 + 120_000);
    if (!undo.ok) throw new Error(undo.reason);
    await saveUndoWrites(undo);

    const r = await importBackup(text);
    expect(r).toMatchObject({ ok: true, summary: { reviews: 0, cards: 0 } });
    expect((await loadLogs()).map((l) => l.id)).toEqual([a.log.id]);
    expect([...(await loadStates()).keys()]).toEqual(['d/a']);
  });

  it('a deck deleted after the backup was made does not come back', async () => {
    await saveUserDeck(deckFile, 'y x', [], T0);
    const w = applyAnswer({ deck: 'notes', card: deckFile.cards[0]!, before: undefined, outcome: preview(sched, undefined, T0)[3], day: DAY, unique: 'n1' });
    await saveAnswerWrites(w);
    await saveDeckSettings('notes', { newPerDay: 3 });
    const text = JSON.stringify(await exportAll(T0 + 60_000));
    await deleteDeck('notes', false, T0 + 120_000);
    const before = await allRecords();

    const r = await importBackup(text, T0 + 180_000);
    expect(r).toMatchObject({ ok: true, summary: { decks: 0, reviews: 0, gone: 1 } });
    expect(await allRecords()).toEqual(before);
    expect(await loadUserDecks()).toEqual([]);
  });

  it('a file that is not a usable backup changes nothing and says why', async () => {
    await answer('a', T0);
    const before = await allRecords();
    const newer = JSON.stringify(makeBackup([['state:d/z', {}]], SCHEMA_VERSION + 1, T0));
    const results = await Promise.all(['not json', '{"format":"briefcards-backup","version":1,"rec', newer].map((t) => importBackup(t)));
    expect(results.map((r) => (r.ok ? '' : r.error))).toEqual([
      expect.stringMatching(/^This file is not a Briefcards backup/),
      expect.stringMatching(/damaged/),
      expect.stringMatching(/newer version/),
    ]);
    expect(await allRecords()).toEqual(before);
  });

  it('brings records of an older schema version through the migrations', async () => {
    // Every schema version before the current one has a migration for backup records.
    for (let v = 0; v < SCHEMA_VERSION; v++) expect(recordMigrations[v]).toBeTypeOf('function');
    const old = makeBackup([['settings:app', { newPerDay: 3 }]], 0, T0);
    expect(await importBackup(JSON.stringify(old))).toMatchObject({ ok: true, summary: { other: 1 } });
    expect((await allRecords()).get('settings:app')).toEqual({ newPerDay: 3 });
  });

  it.each(['the restore', 'the answer'])('never loses or overwrites an answer given while a restore runs, when %s starts first', async (first) => {
    // This device answered card a first; the backup's device answered it later, so a merge
    // of the two alone would take the backup's state.
    const mine = await answer('a', T0);
    const theirs = { ...mine.state, last_review: T0 + 300_000, due: T0 + 900_000, reps: 2 };
    const text = JSON.stringify(
      makeBackup([[stateKey('d', 'a'), theirs], [logKey('d', 'other'), { ...mine.log, id: 'other', log: { ...mine.log.log, review: T0 + 300_000 } }]], SCHEMA_VERSION, T0 + 400_000),
    );
    // Meanwhile this device answers card a again, from the state it has on screen.
    const restore = () => importBackup(text, T0 + 700_000);
    const study = () =>
      answer('a', T0 + 600_000, mine.state).then(
        () => 'saved',
        (e: Error) => e.name,
      );
    const [r, studied] = first === 'the restore' ? await Promise.all([restore(), study()]) : (await Promise.all([study(), restore()])).reverse();
    if (first === 'the answer') {
      // The merge saw the newer answer and kept it.
      expect(studied).toBe('saved');
      expect(r).toMatchObject({ ok: true, summary: { reviews: 1, cards: 0 } });
      expect((await loadStates()).get('d/a')?.last_review).toBe(T0 + 600_000);
      expect(await loadLogs()).toHaveLength(3);
    } else {
      // The restore replaced the state the answer was computed from: the answer is refused,
      // not written over the restored one, and the screen says so.
      expect(studied).toBe('StaleRecordError');
      expect(r).toMatchObject({ ok: true, summary: { reviews: 1, cards: 1 } });
      expect((await loadStates()).get('d/a')).toEqual(theirs);
      expect(await loadLogs()).toHaveLength(2);
    }
  });

  it('keeps records of other kinds on this device untouched', async () => {
    await set('quiz:current', { phase: 'asking' }, createStore(DB_NAME, 'records'));
    const r = await importBackup(JSON.stringify(makeBackup([['quiz:current', { phase: 'other' }]], SCHEMA_VERSION, T0)));
    expect(r).toMatchObject({ ok: true, message: 'Backup restored: this device already had everything in it.' });
    expect((await allRecords()).get('quiz:current')).toEqual({ phase: 'asking' });
  });
});
