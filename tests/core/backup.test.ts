import { describe, expect, it } from 'vitest';
import { applyAnswer, undoAnswer, type UndoRecord } from '../../src/core/answer';
import {
  backupFileName,
  chooseState,
  describeMerge,
  makeBackup,
  mergeBackup,
  validateBackup,
  type Backup,
  type MergePlan,
} from '../../src/core/backup';
import type { CardState, LogEntry } from '../../src/core/review-state';
import { createScheduler, preview } from '../../src/core/scheduler';
import { card } from './helpers';
import { DEFAULT_SETTINGS } from '../../src/core/settings';

const sched = createScheduler({ retention: 0.9, maximumInterval: 36500, learningSteps: ['1m', '10m'], relearningSteps: ['10m'], fuzz: false });
const T0 = Date.UTC(2025, 4, 10, 12, 0);
const MIN = 60_000;
const DAYMS = 86_400_000;
const DAY = { dayStartHour: 4, timeZone: 'UTC' };
const cards = { a: card('a', 0, 10), b: card('b', 20, 30), c: card('c', 40, 50) };
type Id = keyof typeof cards;

/** A device's records, changed only as the store would change them. */
class Device {
  records = new Map<string, unknown>();
  private seq = 0;
  constructor(private name: string) {}

  answer(id: Id, at: number, grade: 1 | 2 | 3 | 4 = 3): UndoRecord {
    const before = this.records.get(`state:d/${id}`) as CardState | undefined;
    const w = applyAnswer({ deck: 'd', card: cards[id], before, outcome: preview(sched, before, at)[grade], day: DAY, unique: `${this.name}${this.seq++}` });
    this.records.set(`state:d/${id}`, w.state);
    this.records.set(`log:d/${w.log.id}`, w.log);
    this.records.set('undo:last', w.undo);
    return w.undo;
  }

  undo(u: UndoRecord, at: number): void {
    const r = undoAnswer(u, this.records.get(`state:d/${u.log.cardId}`) as CardState, at, sched);
    if (!r.ok) throw new Error(r.reason);
    if (r.state) this.records.set(`state:d/${r.cardId}`, r.state);
    else this.records.delete(`state:d/${r.cardId}`);
    this.records.delete(`log:d/${r.deleteLogId}`);
    this.records.set(`tomb:${r.tombstone.logId}`, r.tombstone);
    this.records.delete('undo:last');
  }

  /** A backup made at `at`; by default a while after every answer of these tests. */
  export(at = T0 + 100 * MIN): Backup {
    return makeBackup(structuredClone([...this.records]), 1, at);
  }

  restore(backup: Backup, now = T0 + 200 * MIN): MergePlan {
    const plan = mergeBackup(this.records, backup, now);
    for (const [k, v] of plan.puts) this.records.set(k, v);
    for (const k of plan.deletes) this.records.delete(k);
    return plan;
  }

  logIds(): string[] {
    return [...this.records.keys()].filter((k) => k.startsWith('log:')).sort();
  }
  state(id: Id): CardState | undefined {
    return this.records.get(`state:d/${id}`) as CardState | undefined;
  }
}

describe('validateBackup', () => {
  const good = JSON.stringify(makeBackup([['settings:app', { newPerDay: 5 }]], 1, T0));

  it('accepts a backup as text or as parsed JSON', () => {
    const r = validateBackup(good, 1);
    expect(r.ok && r.backup.records).toEqual([['settings:app', { newPerDay: 5 }]]);
    expect(validateBackup(JSON.parse(good), 1).ok).toBe(true);
    expect(validateBackup('\uFEFF' + good, 1).ok).toBe(true);
  });

  it('says a file that is not a backup is not one', () => {
    for (const text of ['hello', '[1,2]', '{"format":"anki"}', JSON.stringify({ records: [] })]) {
      const r = validateBackup(text, 1);
      expect(r.ok ? '' : r.error).toMatch(/^This file is not a Briefcards backup/);
    }
    const empty = validateBackup('  ', 1);
    expect(empty.ok ? '' : empty.error).toMatch(/empty/);
  });

  it('says a truncated backup is damaged rather than not a backup', () => {
    const r = validateBackup(good.slice(0, good.length - 10), 1);
    expect(r.ok ? '' : r.error).toMatch(/damaged \(it ends too early or is corrupt\).*nothing was restored/);
  });

  it('refuses a backup from a newer version, by format or by schema', () => {
    for (const b of [{ ...makeBackup([], 1, T0), version: 2 }, makeBackup([], 2, T0)]) {
      const r = validateBackup(JSON.stringify(b), 1);
      expect(r.ok ? '' : r.error).toMatch(/made by a newer version of Briefcards/);
    }
  });

  it('refuses records that cannot be merged safely, naming one', () => {
    const bad = makeBackup(
      [
        ['state:d/a', { due: 'soon' }],
        ['log:d/x', { id: 'y', deck: 'd', cardId: 'a', log: { review: 1 } }],
      ],
      1,
      T0,
    );
    const r = validateBackup(JSON.stringify(bad), 1);
    expect(r.ok ? '' : r.error).toMatch(/damaged \(2 records cannot be read, such as "state:d\/a"\)/);
    const dup = validateBackup(JSON.stringify(makeBackup([['flags:d/a', {}], ['flags:d/a', {}]], 1, T0)), 1);
    expect(dup.ok ? '' : dup.error).toMatch(/"flags:d\/a" twice/);
    const noRecords = validateBackup(JSON.stringify({ ...makeBackup([], 1, T0), records: {} }), 1);
    expect(noRecords.ok ? '' : noRecords.error).toMatch(/records are missing/);
  });
});

describe('validateBackup: every field of every record', () => {
  const phone = new Device('p');
  const u = phone.answer('a', T0);
  phone.answer('b', T0 + MIN);
  phone.undo(u, T0 + 2 * MIN);
  const deckFile = { formatVersion: 1, slug: 'mine', title: 'Mine', source: { title: 'T', authors: ['A'], publisher: 'P', date: '2024' }, cards: [cards.a, { ...cards.b, choices: ['answer b', 'w', 'x', 'y'] }] };
  const good: [string, unknown][] = [
    ...phone.export().records,
    ['deck:mine', { deck: deckFile, article: 'text', retired: ['a'], createdAt: 1, updatedAt: 2 }],
    ['seen:shipped', [cards.a, cards.c]],
    ['edit:d/a', { prompt: 'p', answer: 'q', editedAt: 3 }],
    ['edit:d/b', { answer: 'q', editedAt: 3 }],
    ['flags:d/a', { suspended: true, leech: true, retired: true, buriedUntil: 5 }],
    ['settings:app', { ...DEFAULT_SETTINGS }],
    ['settings:deck:d', { newPerDay: 3 }],
    ['deckprefs:d', { title: 'D', removed: true }],
    ['deckgone:old', { slug: 'old', deletedAt: 4 }],
    ['quiz:result:d/q1', { id: 'q1', deck: 'd', startedAt: 1, finishedAt: 2, score: 1, total: 2, durationMs: 1, secondsPerQuestion: null }],
    ['quiz:result:all/q2', { id: 'q2', deck: 'all', startedAt: 1, finishedAt: 2, score: 1, total: 2, durationMs: 1, secondsPerQuestion: 10 }],
  ];
  const check = (records: [string, unknown][]) => validateBackup(JSON.stringify(makeBackup(records, 1, T0)), 1);

  it('accepts every kind of record the app writes', () => {
    const r = check(good);
    expect(r.ok ? '' : r.error).toBe('');
  });

  const record = (key: string) => structuredClone(good.find(([k]) => k === key)![1]) as Record<string, any>;
  const deckWith = (change: (d: Record<string, any>) => void) => {
    const d = record('deck:mine');
    change(d);
    return d;
  };
  const stateKey = good.find(([k]) => k.startsWith('state:'))![0];
  const logKey = good.find(([k]) => k.startsWith('log:'))![0];
  const tombKey = good.find(([k]) => k.startsWith('tomb:'))![0];
  const bad: [string, string, unknown][] = [
    ['an empty card', 'deck:mine', deckWith((d) => (d.deck.cards = [{}]))],
    ['a card without an answer', 'deck:mine', deckWith((d) => delete d.deck.cards[0].answer)],
    ['a numeric prompt', 'deck:mine', deckWith((d) => (d.deck.cards[0].prompt = 7))],
    ['a card without a source', 'deck:mine', deckWith((d) => delete d.deck.cards[0].source)],
    ['a source ending before it starts', 'deck:mine', deckWith((d) => (d.deck.cards[0].source = { sentence: 's', start: 9, end: 3 }))],
    ['too few choices', 'deck:mine', deckWith((d) => (d.deck.cards[1].choices = ['answer b', 'w', 'x']))],
    ['choices without the answer', 'deck:mine', deckWith((d) => (d.deck.cards[1].choices = ['v', 'w', 'x', 'y']))],
    ['two cards with one id', 'deck:mine', deckWith((d) => (d.deck.cards[1].id = 'a'))],
    ['no title', 'deck:mine', deckWith((d) => delete d.deck.title)],
    ['a slug other than its key', 'deck:mine', deckWith((d) => (d.deck.slug = 'other'))],
    ['a source without authors', 'deck:mine', deckWith((d) => delete d.deck.source.authors)],
    ['a numeric article', 'deck:mine', deckWith((d) => (d.article = 5))],
    ['retired ids that are not strings', 'deck:mine', deckWith((d) => (d.retired = [1]))],
    ['no updatedAt', 'deck:mine', deckWith((d) => delete d.updatedAt)],
    ['a snapshot of damaged cards', 'seen:shipped', [{ id: 'a' }]],
    ['a numeric edited prompt', 'edit:d/a', { prompt: 5, editedAt: 3 }],
    ['an edit without editedAt', 'edit:d/a', { answer: 'q' }],
    ['a flag that is not true or false', 'flags:d/a', { suspended: 'yes please' }],
    ['a burial that is not a time', 'flags:d/a', { buriedUntil: 'tomorrow' }],
    ['app settings out of range', 'settings:app', { ...DEFAULT_SETTINGS, retention: 3 }],
    ['deck settings with bad steps', 'settings:deck:d', { learningSteps: ['soon'] }],
    ['a numeric deck title', 'deckprefs:d', { title: 5 }],
    ['a deck tombstone for another deck', 'deckgone:old', { slug: 'new', deletedAt: 4 }],
    ['a deck tombstone without a time', 'deckgone:old', { slug: 'old' }],
    ['a quiz result with a text score', 'quiz:result:d/q1', { ...record('quiz:result:d/q1'), score: 'one' }],
    ['a quiz result under another id', 'quiz:result:d/q1', { ...record('quiz:result:d/q1'), id: 'q9' }],
    ['a quiz result without a time limit', 'quiz:result:d/q1', { ...record('quiz:result:d/q1'), secondsPerQuestion: undefined }],
    ['a state without learning steps', stateKey, { ...record(stateKey), learning_steps: undefined }],
    ['a state in no phase', stateKey, { ...record(stateKey), state: 7 }],
    ['a log entry without a rating', logKey, { ...record(logKey), log: { ...record(logKey).log, rating: undefined } }],
    ['a log entry with a text difficulty', logKey, { ...record(logKey), log: { ...record(logKey).log, difficulty: '5' } }],
    ['a tombstone without its time', tombKey, { ...record(tombKey), undoneAt: undefined }],
  ];
  it.each(bad)('refuses the whole file for %s, naming the record', (_what, key, value) => {
    const r = check(good.map(([k, v]): [string, unknown] => [k, k === key ? value : v]));
    expect(r.ok ? '' : r.error).toContain(`damaged (record "${key}" cannot be read)`);
  });
});

describe('mergeBackup: review log and card state', () => {
  it('unions review-log entries by id and takes each card from the side answered later', () => {
    const phone = new Device('p');
    const tablet = new Device('t');
    phone.answer('a', T0);
    tablet.answer('b', T0 + MIN);
    tablet.answer('a', T0 + 2 * MIN);
    const plan = phone.restore(tablet.export());
    expect(phone.logIds()).toHaveLength(3);
    expect(phone.state('a')).toEqual(tablet.state('a'));
    expect(phone.state('b')).toEqual(tablet.state('b'));
    expect(plan.summary).toMatchObject({ reviews: 2, cards: 2, undone: 0 });
    // Restoring the same backup again changes nothing.
    expect(phone.restore(tablet.export())).toMatchObject({ puts: [], deletes: [] });
  });

  it('keeps this device’s state when the backup’s is older', () => {
    const phone = new Device('p');
    phone.answer('a', T0);
    const old = phone.export();
    phone.answer('a', T0 + 10 * MIN);
    const now = phone.state('a');
    const plan = phone.restore(old);
    expect(phone.state('a')).toEqual(now);
    expect(plan.summary.cards).toBe(0);
  });

  it('an undone answer in an older backup does not come back', () => {
    const phone = new Device('p');
    const a = phone.answer('a', T0);
    const b = phone.answer('b', T0 + MIN);
    const backup = phone.export();
    phone.undo(b, T0 + 2 * MIN);
    const plan = phone.restore(backup);
    expect(phone.logIds()).toEqual([`log:d/${a.log.id}`]);
    // Card b was new before the undone answer, and stays new.
    expect(phone.state('b')).toBeUndefined();
    expect(plan.summary).toMatchObject({ reviews: 0, cards: 0 });
  });

  it('an answer undone on the device that made the backup is removed here too', () => {
    const phone = new Device('p');
    const tablet = new Device('t');
    const a = phone.answer('a', T0);
    tablet.restore(phone.export());
    expect(tablet.logIds()).toHaveLength(1);
    phone.undo(a, T0 + MIN);
    const plan = tablet.restore(phone.export());
    expect(tablet.logIds()).toEqual([]);
    expect(tablet.state('a')).toBeUndefined();
    expect(tablet.records.has(`tomb:${a.log.id}`)).toBe(true);
    expect(plan.summary).toMatchObject({ undone: 1, cards: 1 });
  });

  it('keeps the state that matches the newest surviving answer when the later one was undone', () => {
    const phone = new Device('p');
    phone.answer('a', T0);
    const first = phone.state('a');
    const second = phone.answer('a', T0 + 10 * MIN);
    const backup = phone.export();
    phone.undo(second, T0 + 11 * MIN);
    // The backup's state is later, but the answer that made it is undone here.
    phone.restore(backup);
    expect(phone.state('a')).toEqual(first);
    expect(phone.logIds()).toHaveLength(1);
  });

  it('takes the backup’s state when its answer is the newest one left after the merge', () => {
    const phone = new Device('p');
    const tablet = new Device('t');
    phone.answer('a', T0);
    tablet.restore(phone.export());
    tablet.answer('a', T0 + 30 * MIN, 4);
    const late = phone.answer('a', T0 + 40 * MIN);
    phone.undo(late, T0 + 41 * MIN);
    phone.restore(tablet.export());
    expect(phone.state('a')).toEqual(tablet.state('a'));
    expect(phone.logIds()).toHaveLength(2);
  });

  it('chooseState: ties go to this device; with neither state matching, the latest not newer than the log', () => {
    const s = (last: number, extra = 0): CardState => ({ due: last + 1, stability: 1 + extra, difficulty: 5, elapsed_days: 0, scheduled_days: 0, learning_steps: 0, reps: 1, lapses: 0, state: 1, last_review: last });
    const log = (review: number) => ({ id: 'x', deck: 'd', cardId: 'a', log: { review } }) as LogEntry;
    const mine = s(100, 0);
    const theirs = s(100, 1);
    expect(chooseState(mine, theirs, log(100), false)).toBe(mine);
    expect(chooseState(s(50), s(150), log(100), false)).toEqual(s(50));
    expect(chooseState(s(150), s(120), log(100), false)).toEqual(s(150));
    expect(chooseState(s(150), undefined, undefined, false)).toEqual(s(150));
    expect(chooseState(s(150), undefined, undefined, true)).toBeUndefined();
  });
});

describe('mergeBackup: other records', () => {
  const merge = (current: [string, unknown][], incoming: [string, unknown][], now = T0) => mergeBackup(new Map(current), makeBackup(incoming, 1, T0), now);

  it('takes the edit saved later; on a tie this device’s', () => {
    const mine = { answer: 'mine', editedAt: 10 };
    expect(merge([['edit:d/a', mine]], [['edit:d/a', { answer: 'newer', editedAt: 20 }]]).puts).toEqual([['edit:d/a', { answer: 'newer', editedAt: 20 }]]);
    expect(merge([['edit:d/a', mine]], [['edit:d/a', { answer: 'older', editedAt: 5 }]]).puts).toEqual([]);
    expect(merge([['edit:d/a', mine]], [['edit:d/a', { answer: 'same time', editedAt: 10 }]]).puts).toEqual([]);
    expect(merge([], [['edit:d/b', mine]]).puts).toEqual([['edit:d/b', mine]]);
  });

  it('adds flags, settings, decks and deck preferences this device lacks, and keeps its own settings and titles', () => {
    const deck = { deck: { slug: 'theirs', cards: [] }, article: 'text', createdAt: 1, updatedAt: 1 };
    const current: [string, unknown][] = [
      ['settings:app', { newPerDay: 10 }],
      ['settings:deck:d', { newPerDay: 3 }],
      ['deckprefs:d', { title: 'Mine' }],
    ];
    const incoming: [string, unknown][] = [
      ['flags:d/b', { suspended: true }],
      ['settings:app', { newPerDay: 99 }],
      ['settings:deck:e', { newPerDay: 4 }],
      ['deck:theirs', deck],
      ['deckprefs:d', { title: 'Theirs' }],
      ['deckprefs:e', { removed: true }],
    ];
    const plan = merge(current, incoming);
    expect(new Map(plan.puts)).toEqual(
      new Map<string, unknown>([
        ['flags:d/b', { suspended: true }],
        ['settings:deck:e', { newPerDay: 4 }],
        ['deck:theirs', deck],
        ['deckprefs:e', { removed: true }],
      ]),
    );
    expect(plan.deletes).toEqual([]);
    expect(plan.summary).toMatchObject({ decks: 1, other: 3 });
  });

  it('does not import burials, which belong to the day of the device that made them', () => {
    const plan = merge([], [['flags:d/a', { buriedUntil: T0 + 1 }], ['flags:d/b', { buriedUntil: T0 + 1, suspended: true }]]);
    expect(plan.puts).toEqual([['flags:d/b', { suspended: true }]]);
  });

  it('merges flags one by one: suspended, leech and retired from either side, the burial from this device', () => {
    const flags = (current: object, incoming: object) => merge([['flags:d/a', current]], [['flags:d/a', incoming]]).puts;
    expect(flags({ suspended: true, buriedUntil: T0 + 5 }, { leech: true, retired: true, buriedUntil: T0 + 9 })).toEqual([
      ['flags:d/a', { suspended: true, buriedUntil: T0 + 5, leech: true, retired: true }],
    ]);
    expect(flags({ leech: true }, { suspended: true, buriedUntil: T0 + 9 })).toEqual([['flags:d/a', { suspended: true, leech: true }]]);
    expect(flags({ buriedUntil: T0 + 5 }, { buriedUntil: T0 + 9 })).toEqual([]);
    expect(flags({ suspended: true, leech: true }, { leech: true })).toEqual([]);
  });

  it('combines snapshots of a bundled deck by card id, this device’s cards first', () => {
    const [a, b, c] = [card('a', 0, 1), card('b', 1, 2), card('c', 2, 3)];
    expect(merge([['seen:s', [a, b]]], [['seen:s', [c, b, { ...a, prompt: 'older text' }]]]).puts).toEqual([['seen:s', [a, b, c]]]);
    expect(merge([['seen:s', [a, b]]], [['seen:s', [b]]]).puts).toEqual([]);
  });

  it('a burial made by an answer undone after the backup does not come back', () => {
    const phone = new Device('p');
    const a = phone.answer('a', T0);
    phone.records.set('flags:d/b', { buriedUntil: T0 + 16 * 60 * MIN });
    const backup = phone.export();
    phone.undo(a, T0 + MIN);
    phone.records.delete('flags:d/b');
    phone.restore(backup);
    expect(phone.records.has('flags:d/b')).toBe(false);
  });

  it('unions quiz results by id', () => {
    const r = (id: string) => ({ id, deck: 'd', startedAt: 1, finishedAt: 2, score: 1, total: 2, durationMs: 1 });
    const plan = merge([['quiz:result:d/1', r('1')]], [['quiz:result:d/1', r('1')], ['quiz:result:d/2', r('2')], ['quiz:result:all/3', { ...r('3'), deck: 'all' }]]);
    expect(plan.puts.map(([k]) => k)).toEqual(['quiz:result:d/2', 'quiz:result:all/3']);
  });

  it('never imports the schema version, the undo record or the quiz in progress; skips unknown kinds', () => {
    const plan = merge([], [
      ['meta:schema', 1],
      ['undo:last', { log: {} }],
      ['quiz:current', { phase: 'asking' }],
      ['future:thing', 1],
    ]);
    expect(plan.puts).toEqual([]);
    expect(plan.summary.skipped).toBe(1);
  });

  it('forgets this device’s undo record when the merge changes its card', () => {
    const phone = new Device('p');
    const tablet = new Device('t');
    phone.answer('a', T0);
    tablet.answer('a', T0 + 5 * MIN);
    expect(phone.records.has('undo:last')).toBe(true);
    phone.restore(tablet.export());
    expect(phone.records.has('undo:last')).toBe(false);

    const other = new Device('o');
    other.answer('b', T0);
    tablet.restore(other.export());
    // Card a was not touched by the merge, so its undo record stays.
    expect((tablet.records.get('undo:last') as UndoRecord).log.cardId).toBe('a');
  });
});

describe('mergeBackup: deleted and removed decks', () => {
  const deckFile = (slug: string, ids: string[], title = 'Mine') => ({
    formatVersion: 1,
    slug,
    title,
    source: { title, authors: [], publisher: '', date: '' },
    cards: ids.map((id, i) => card(id, i * 10, i * 10 + 5)),
  });
  const userDeck = (slug: string, article: string, ids: string[], updatedAt = 1, title = 'Mine') => ({ deck: deckFile(slug, ids, title), article, retired: [], createdAt: 1, updatedAt });
  const state = (last: number): CardState => ({ due: last + DAYMS, stability: 1, difficulty: 5, elapsed_days: 0, scheduled_days: 1, learning_steps: 0, reps: 1, lapses: 0, state: 2, last_review: last });
  const log = (deck: string, id: string, cardId: string, review: number): LogEntry => ({
    id,
    deck,
    cardId,
    log: { rating: 3, state: 0, due: review, stability: 0, difficulty: 0, elapsed_days: 0, last_elapsed_days: 0, scheduled_days: 0, learning_steps: 0, review },
  });
  /** Everything a device records about deck `slug`, studied at `at`. */
  const deckRecords = (slug: string, at: number, user = true): [string, unknown][] => [
    ...(user ? ([[`deck:${slug}`, userDeck(slug, 'text', ['a', 'b'])]] as [string, unknown][]) : []),
    [`state:${slug}/a`, state(at)],
    [`log:${slug}/l${at}`, log(slug, `l${at}`, 'a', at)],
    [`flags:${slug}/b`, { suspended: true }],
    [`edit:${slug}/a`, { answer: 'mine', editedAt: at }],
    [`settings:deck:${slug}`, { newPerDay: 3 }],
    [`quiz:result:${slug}/q1`, { id: 'q1', deck: slug, startedAt: at, finishedAt: at, score: 1, total: 1, durationMs: 1, secondsPerQuestion: null }],
    [`deckprefs:${slug}`, { title: 'Renamed' }],
    [`seen:${slug}`, [card('a', 0, 5)]],
  ];
  const restore = (current: [string, unknown][], incoming: [string, unknown][], exportedAt: number, now = T0 + 1000 * MIN) =>
    mergeBackup(new Map(current), makeBackup(incoming, 1, exportedAt), now);

  it('a deck deleted after the backup was made does not come back', () => {
    const plan = restore([['deckgone:mine', { slug: 'mine', deletedAt: T0 + 10 * MIN }]], deckRecords('mine', T0), T0 + 5 * MIN);
    expect(plan.puts).toEqual([]);
    expect(plan.summary).toMatchObject({ gone: 1, decks: 0, reviews: 0 });
    expect(describeMerge(plan.summary)).toMatch(/1 deleted deck left out/);
  });

  it('a backup made after the deletion brings the deck back: that device still had it', () => {
    const plan = restore([['deckgone:mine', { slug: 'mine', deletedAt: T0 + 10 * MIN }]], deckRecords('mine', T0), T0 + 20 * MIN);
    expect(new Map(plan.puts)).toEqual(new Map(deckRecords('mine', T0)));
  });

  it('unions deck tombstones, the later deletion winning, and uses the backup’s own', () => {
    const gone = (deletedAt: number) => ({ slug: 'mine', deletedAt });
    expect(restore([['deckgone:mine', gone(5)]], [['deckgone:mine', gone(9)]], 10).puts).toEqual([['deckgone:mine', gone(9)]]);
    expect(restore([['deckgone:mine', gone(9)]], [['deckgone:mine', gone(5)]], 10).puts).toEqual([]);
    expect(restore([], [['deckgone:mine', gone(5)]], 10).puts).toEqual([['deckgone:mine', gone(5)]]);
    // The backup's tombstone is newer than a second backup merged into it: that one is skipped.
    const merged = new Map<string, unknown>([['deckgone:mine', gone(T0 + 10 * MIN)]]);
    expect(mergeBackup(merged, makeBackup(deckRecords('mine', T0), 1, T0 + 5 * MIN), T0).puts).toEqual([]);
  });

  it('a bundled deck removed after the backup was made stays removed, with none of its records', () => {
    const current: [string, unknown][] = [
      ['deckprefs:shipped', { removed: true }],
      ['deckgone:shipped', { slug: 'shipped', deletedAt: T0 + 10 * MIN }],
    ];
    expect(restore(current, deckRecords('shipped', T0, false), T0 + 5 * MIN).puts).toEqual([]);
    // Removed by a version that wrote no tombstone: removed as of the restore.
    expect(restore(current.slice(0, 1), deckRecords('shipped', T0, false), T0 + 5 * MIN).puts).toEqual([]);
  });

  it('a bundled deck removed on either side stays removed, unless it was studied after the removal', () => {
    const removedThere: [string, unknown][] = [
      ['deckprefs:shipped', { removed: true }],
      ['deckgone:shipped', { slug: 'shipped', deletedAt: T0 + 10 * MIN }],
    ];
    // Studied here only before the other device removed it: the removal comes over.
    const before = restore([['deckprefs:shipped', { title: 'Mine' }], ['log:shipped/l1', log('shipped', 'l1', 'a', T0)]], removedThere, T0 + 20 * MIN);
    expect(new Map(before.puts).get('deckprefs:shipped')).toEqual({ title: 'Mine', removed: true });
    // Studied here after it: this device still wants the deck.
    const after = restore([['log:shipped/l1', log('shipped', 'l1', 'a', T0 + 15 * MIN)]], removedThere, T0 + 20 * MIN);
    expect(new Map(after.puts).has('deckprefs:shipped')).toBe(false);
    // Removed here, studied on the other device after that: it comes back.
    const back = restore(removedThere, deckRecords('shipped', T0 + 15 * MIN, false), T0 + 20 * MIN);
    expect(new Map(back.puts).get('deckprefs:shipped')).toEqual({ title: 'Renamed' });
    expect(new Map(back.puts).has('state:shipped/a')).toBe(true);
  });
});

describe('mergeBackup: one slug, two decks', () => {
  const ids = (n: number, from = 0) => Array.from({ length: n }, (_, i) => `c${from + i}`);
  const stored = (slug: string, article: string, cardIds: string[], updatedAt: number, title = 'Mine') => ({
    deck: { formatVersion: 1, slug, title, source: { title, authors: [], publisher: '', date: '' }, cards: cardIds.map((id, i) => card(id, i, i + 1)) },
    article,
    retired: [],
    createdAt: 1,
    updatedAt,
  });
  const restore = (current: [string, unknown][], incoming: [string, unknown][], reserved: string[] = []) =>
    mergeBackup(new Map(current), makeBackup(incoming, 1, T0), T0 + MIN, reserved);

  it('keeps the deck saved later, from either side (ties: this device)', () => {
    const mine = stored('mine', 'text', ids(4), 10);
    const revised = stored('mine', 'text, revised', [...ids(4), 'c9'], 20);
    expect(restore([['deck:mine', mine]], [['deck:mine', revised]]).puts).toEqual([['deck:mine', revised]]);
    expect(restore([['deck:mine', revised]], [['deck:mine', mine]]).puts).toEqual([]);
    expect(restore([['deck:mine', mine]], [['deck:mine', { ...mine, article: 'other' }]]).puts).toEqual([]);
  });

  it('adds a different article under the same slug as a deck of its own, with everything recorded about it', () => {
    const mine = stored('mine', 'my article', ids(4), 50);
    const theirs = stored('mine', 'their article', [...ids(1), ...ids(3, 10)], 10, 'Theirs');
    const l = { id: 'l1', deck: 'mine', cardId: 'c10', log: { rating: 3, state: 0, due: T0, stability: 0, difficulty: 0, elapsed_days: 0, last_elapsed_days: 0, scheduled_days: 0, learning_steps: 0, review: T0 } };
    const s = { due: T0 + MIN, stability: 1, difficulty: 5, elapsed_days: 0, scheduled_days: 0, learning_steps: 1, reps: 1, lapses: 0, state: 1, last_review: T0 };
    const result = { id: 'q1', deck: 'mine', startedAt: T0, finishedAt: T0, score: 1, total: 1, durationMs: 1, secondsPerQuestion: null };
    const tomb = { logId: 'l0', deck: 'mine', cardId: 'c11', undoneAt: T0 };
    const incoming: [string, unknown][] = [
      ['deck:mine', theirs],
      ['state:mine/c10', s],
      ['log:mine/l1', l],
      ['tomb:l0', tomb],
      ['flags:mine/c11', { suspended: true }],
      ['edit:mine/c12', { answer: 'x', editedAt: 1 }],
      ['settings:deck:mine', { newPerDay: 3 }],
      ['quiz:result:mine/q1', result],
      ['deckprefs:mine', { title: 'Theirs, renamed' }],
      ['seen:mine', [card('c10', 0, 1)]],
    ];
    // Its slug comes from its title: "theirs" is a bundled deck's, "theirs-2" in use by records here.
    const plan = restore([['deck:mine', mine], ['state:theirs-2/c1', s]], incoming, ['theirs']);
    expect(new Map(plan.puts)).toEqual(
      new Map<string, unknown>([
        ['deck:theirs-3', { ...theirs, deck: { ...theirs.deck, slug: 'theirs-3' } }],
        ['state:theirs-3/c10', s],
        ['log:theirs-3/l1', { ...l, deck: 'theirs-3' }],
        ['tomb:l0', { ...tomb, deck: 'theirs-3' }],
        ['flags:theirs-3/c11', { suspended: true }],
        ['edit:theirs-3/c12', { answer: 'x', editedAt: 1 }],
        ['settings:deck:theirs-3', { newPerDay: 3 }],
        ['quiz:result:theirs-3/q1', { ...result, deck: 'theirs-3' }],
        ['deckprefs:theirs-3', { title: 'Theirs, renamed' }],
        ['seen:theirs-3', [card('c10', 0, 1)]],
      ]),
    );
    expect(plan.summary).toMatchObject({ decks: 1, reviews: 1, cards: 1 });
  });

  it('treats a revised article that keeps most card ids as the same deck', () => {
    const mine = stored('mine', 'my article', ids(4), 10);
    const revised = stored('mine', 'my article, revised', [...ids(2), ...ids(2, 10)], 20);
    expect(restore([['deck:mine', mine]], [['deck:mine', revised]]).puts).toEqual([['deck:mine', revised]]);
  });
});

describe('backup wording', () => {
  it('names the file by the local date', () => {
    const at = new Date(2025, 4, 9, 23, 30).getTime();
    expect(backupFileName(at)).toBe('briefcards-backup-2025-05-09.json');
  });

  it('describes what a restore changed', () => {
    expect(describeMerge({ reviews: 2, cards: 1, decks: 1, other: 0, undone: 1, gone: 0, skipped: 1 })).toBe(
      "Backup restored: 2 reviews added; 1 card's progress updated; 1 deck added; 1 review removed (undone on the device that made the backup). 1 record from a different version of Briefcards was left out.",
    );
    expect(describeMerge({ reviews: 0, cards: 0, decks: 0, other: 0, undone: 0, gone: 0, skipped: 0 })).toBe('Backup restored: this device already had everything in it.');
  });
});
