/**
 * Backups of everything a device keeps: the file format, its validation, and the merge of a
 * backup into the records already on the device. Pure: no storage, the clock passed in.
 *
 * It sorts records by the names in record-keys.ts, the same names storage writes under, so the
 * two cannot drift apart.
 *
 * Checks: every record must have every field its kind needs, of the right type (a deck's
 * cards with their sources and choices, settings by the settings form's rules, the numbers of
 * FSRS states and logs…); one bad record refuses the whole file, naming it, and nothing is
 * written.
 *
 * Merge rules (what restoring does to each kind of record), in the order they apply:
 * - Deleted decks. Deleting a deck writes a deck tombstone (`deckgone:<slug>`, with
 *   `deletedAt`); removing a bundled deck writes one too, beside its `removed` preference (a
 *   removal written before tombstones existed counts as made at the time of the restore on
 *   this device, at the backup's export on the backup's side). Deck tombstones are unioned, the
 *   later `deletedAt` winning. A backup exported before a deck's deletion brings none of that
 *   deck's records (every deck-scoped kind: record-keys.ts). A backup exported after it was made
 *   on a device that still had the deck, and brings its records: a deck made on a device comes
 *   back, a bundled one by the rule for deck preferences below. A tombstone never deletes a
 *   deck this device has; making a new deck under the slug clears it.
 * - Decks made on a device (`deck:`): the one saved later (`updatedAt`) wins (ties: this
 *   device). When the two are different articles under one slug (the text differs and fewer
 *   than half the smaller deck's cards share an id), the backup's deck is added under a fresh
 *   slug from its title, and every record of it in the backup moves with it (the deck-scoped
 *   kinds, plus the `deck` field of logs, answer tombstones and quiz results).
 * - Tombstones (`tomb:`) are unioned: an answer undone on either side stays undone.
 * - Review-log entries (`log:`) are unioned by id, leaving out every entry whose answer has a
 *   tombstone on either side; an entry on this device that the backup's tombstones undo is
 *   deleted.
 * - A card's state (`state:`) is checked against the newest review-log entry of that card that
 *   survives the merge, N. The candidates are the two sides' states, the later `last_review`
 *   first (ties: this device first). The first candidate whose `last_review` is N's review time
 *   wins, being the state that answer produced. When neither is, the latest candidate not
 *   newer than N wins (a newer one was produced by an undone answer), else the latest one.
 *   With no surviving entry, a card that has a tombstone goes back to new (its state is
 *   deleted: every answer it had was undone), and any other card keeps the latest candidate.
 * - Edits (`edit:`): the later `editedAt` wins (ties: this device).
 * - Flags (`flags:`), field by field: suspended, leech and retired are set when either side
 *   sets them (so unsuspending on one device does not travel by restore: suspend again, or
 *   unsuspend on both). Burials (`buriedUntil`) come only from this device: one lasts only
 *   until the next study day of the device that made it, and one made by an answer undone
 *   after the backup must not come back with it.
 * - Deck preferences (`deckprefs:`): this device's title, else the backup's. A bundled deck
 *   removed on either side stays removed, unless the merged review log has an answer in that
 *   deck later than the removal (someone studied it since, so it is wanted).
 * - Snapshots of bundled decks (`seen:`): combined by card id, this device's cards first, so a
 *   card an update retired that only the other device studied shows here as retired.
 * - Settings: unioned; on a conflict this device wins.
 * - Quiz results: unioned by id (a result's id is fixed when it is taken, so the two sides
 *   never disagree about one).
 * - Never imported: the schema version (`meta:schema`), the last answer's undo record and the
 *   quiz in progress, which describe one device's session, not progress. This device's undo
 *   record is deleted when the merge changes its card, since undoing it would then be wrong.
 * - Keys of no known kind (written by another version) are skipped and counted.
 */
import type { Tombstone } from './answer';
import { isEmptyFlags, normalizeFlags, unbury, type CardFlags } from './card-flags';
import type { CardEdit } from './deck-update';
import type { DeckCard, DeckFile, StoredDeck } from './deck';
import { ALL_DECKS } from './quiz';
import type { CardState, LogEntry } from './review-state';
import { slugify } from './slug';
import { validateOverride, validateSettings } from './settings';
import {
  APP_SETTINGS_KEY,
  DECK_GONE_PREFIX,
  DECK_PREFS_PREFIX,
  DECK_SETTINGS_PREFIX,
  EDIT_PREFIX,
  FLAGS_PREFIX,
  LAST_UNDO_KEY,
  LOG_PREFIX,
  QUIZ_CURRENT_KEY,
  QUIZ_RESULT_PREFIX,
  SCHEMA_KEY,
  STATE_PREFIX,
  TOMB_PREFIX,
  USER_DECK_PREFIX,
  deckGoneKey,
  deckOfKey,
  deckPrefsKey,
  logKey,
  moveDeckKey,
  quizResultKey,
  snapshotKey,
  stateKey,
  tombKey,
} from './record-keys';

export const BACKUP_FORMAT = 'briefcards-backup';
/** The version of the file format itself; the records inside follow `schemaVersion`. */
export const BACKUP_VERSION = 1;

/** A backup file, as JSON. */
export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: number;
  /** The storage schema version the records were written in (src/store/schema.ts). */
  schemaVersion: number;
  /** When it was made (epoch ms). */
  exportedAt: number;
  /** Every record of the device, as [key, value]. */
  records: [string, unknown][];
}

export type BackupCheck = { ok: true; backup: Backup } | { ok: false; error: string };

/** The kind of a record, from its key. */
export type RecordKind =
  | 'schema'
  | 'undo'
  | 'quiz-current'
  | 'state'
  | 'log'
  | 'tomb'
  | 'edit'
  | 'flags'
  | 'settings'
  | 'deck'
  | 'deck-prefs'
  | 'snapshot'
  | 'quiz-result'
  | 'deck-gone'
  | 'unknown';

const SNAPSHOT_PREFIX = snapshotKey('');

export function recordKind(key: string): RecordKind {
  if (key === SCHEMA_KEY) return 'schema';
  if (key === LAST_UNDO_KEY) return 'undo';
  if (key === QUIZ_CURRENT_KEY) return 'quiz-current';
  if (key === APP_SETTINGS_KEY || key.startsWith(DECK_SETTINGS_PREFIX)) return 'settings';
  const prefixes: [string, RecordKind][] = [
    [STATE_PREFIX, 'state'],
    [LOG_PREFIX, 'log'],
    [TOMB_PREFIX, 'tomb'],
    [EDIT_PREFIX, 'edit'],
    [FLAGS_PREFIX, 'flags'],
    [USER_DECK_PREFIX, 'deck'],
    [DECK_PREFS_PREFIX, 'deck-prefs'],
    [SNAPSHOT_PREFIX, 'snapshot'],
    [QUIZ_RESULT_PREFIX, 'quiz-result'],
    [DECK_GONE_PREFIX, 'deck-gone'],
  ];
  for (const [p, kind] of prefixes) if (key.startsWith(p) && key.length > p.length) return kind;
  return 'unknown';
}

/** The file name an export is saved under: the local date it was made. */
export function backupFileName(now: number): string {
  const d = new Date(now);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `briefcards-backup-${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}.json`;
}

/** A backup of `records`, written in schema `schemaVersion` at `now`. */
export function makeBackup(records: [string, unknown][], schemaVersion: number, now: number): Backup {
  return { format: BACKUP_FORMAT, version: BACKUP_VERSION, schemaVersion, exportedAt: now, records };
}

const NOT_A_BACKUP = 'This file is not a Briefcards backup. Choose a file saved by "Export backup", named like briefcards-backup-2025-05-10.json.';
const NEWER =
  'This backup was made by a newer version of Briefcards. Reload the app to update it, then restore the backup again. Nothing was changed.';
const damaged = (detail: string) =>
  `This backup file is damaged (${detail}), so nothing was restored. Try another copy of the file, or export a new backup on the device that made it.`;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isStr = (v: unknown): v is string => typeof v === 'string' && v.length > 0;
const isText = (v: unknown): v is string => typeof v === 'string';
const isTexts = (v: unknown): v is string[] => Array.isArray(v) && v.every(isText);
const optional = (v: unknown, check: (x: unknown) => boolean) => v === undefined || check(v);
const isBool = (v: unknown): v is boolean => typeof v === 'boolean';
const allNum = (v: Record<string, unknown>, fields: readonly string[]) => fields.every((f) => isNum(v[f]));
const isPhase = (v: unknown) => v === 0 || v === 1 || v === 2 || v === 3;

/** A card as deck.ts describes it: the app shows and grades every one of these fields. */
function validCard(c: unknown): boolean {
  if (!isObject(c) || !isStr(c.id) || !isStr(c.kind) || !isText(c.section) || !isStr(c.prompt) || !isStr(c.answer)) return false;
  const src = c.source;
  if (!isObject(src) || !isText(src.sentence) || !isNum(src.start) || !isNum(src.end) || src.start < 0 || src.start > src.end) return false;
  if (c.choices !== undefined && !(isTexts(c.choices) && c.choices.length >= 4 && c.choices.includes(c.answer))) return false;
  return optional(c.answerDate, isText);
}

/** A list of cards with distinct ids. */
function validCards(v: unknown): boolean {
  return Array.isArray(v) && v.every(validCard) && new Set(v.map((c: { id: string }) => c.id)).size === v.length;
}

/** A deck made on a device: its deck file under its own slug, the article and the retired ids. */
function validUserDeck(key: string, v: unknown): boolean {
  if (!isObject(v) || !isText(v.article) || !optional(v.retired, isTexts) || !allNum(v, ['createdAt', 'updatedAt'])) return false;
  const d = v.deck;
  if (!isObject(d) || d.slug !== key.slice(USER_DECK_PREFIX.length) || !isStr(d.title) || !validCards(d.cards)) return false;
  const src = d.source;
  return isObject(src) && isText(src.title) && isTexts(src.authors) && isText(src.publisher) && isText(src.date) && optional(src.url, isText);
}

const STATE_NUMBERS = ['due', 'stability', 'difficulty', 'elapsed_days', 'scheduled_days', 'learning_steps', 'reps', 'lapses'] as const;
const LOG_NUMBERS = ['due', 'stability', 'difficulty', 'elapsed_days', 'last_elapsed_days', 'scheduled_days', 'learning_steps', 'review'] as const;

/**
 * Whether a record's value has every field its kind needs, of the right type: a record that
 * passes can be merged, stored and shown without breaking a screen.
 */
function validRecord(kind: RecordKind, key: string, v: unknown): boolean {
  switch (kind) {
    case 'state':
      return isObject(v) && allNum(v, STATE_NUMBERS) && isPhase(v.state) && optional(v.last_review, isNum) && key.includes('/');
    case 'log':
      return (
        isObject(v) &&
        isStr(v.id) &&
        isStr(v.deck) &&
        isStr(v.cardId) &&
        key === logKey(v.deck, v.id) &&
        isObject(v.log) &&
        allNum(v.log, LOG_NUMBERS) &&
        [1, 2, 3, 4].includes(v.log.rating as number) &&
        isPhase(v.log.state) &&
        optional(v.nextDue, isNum)
      );
    case 'tomb':
      return isObject(v) && isStr(v.logId) && isStr(v.deck) && isStr(v.cardId) && isNum(v.undoneAt) && key === tombKey(v.logId);
    case 'edit':
      return isObject(v) && isNum(v.editedAt) && optional(v.prompt, isStr) && optional(v.answer, isStr) && key.includes('/');
    case 'quiz-result':
      return (
        isObject(v) &&
        isStr(v.id) &&
        isStr(v.deck) &&
        key === quizResultKey(v.deck, v.id) &&
        allNum(v, ['startedAt', 'finishedAt', 'score', 'total', 'durationMs']) &&
        (v.secondsPerQuestion === null || isNum(v.secondsPerQuestion))
      );
    case 'deck':
      return validUserDeck(key, v);
    case 'snapshot':
      return validCards(v);
    case 'flags':
      return isObject(v) && ['suspended', 'leech', 'retired'].every((f) => optional(v[f], isBool)) && optional(v.buriedUntil, isNum);
    case 'settings':
      // The app-wide record holds every field, a deck's override only some; both by the form's rules.
      return isObject(v) && (key === APP_SETTINGS_KEY ? validateSettings(v) : validateOverride(v)).ok;
    case 'deck-prefs':
      return isObject(v) && optional(v.title, isStr) && optional(v.removed, isBool);
    case 'deck-gone':
      return isObject(v) && v.slug === key.slice(DECK_GONE_PREFIX.length) && isNum(v.deletedAt);
    default:
      return true;
  }
}

/**
 * Checks a backup, given as the file's text or as parsed JSON, against the format and the
 * schema version this app stores (`appSchemaVersion`). Every refusal is a sentence for the user.
 */
export function validateBackup(input: unknown, appSchemaVersion: number): BackupCheck {
  let data = input;
  if (typeof input === 'string') {
    const text = input.replace(/^\uFEFF/, '').trim();
    if (!text) return { ok: false, error: 'This file is empty, so it is not a Briefcards backup.' };
    try {
      data = JSON.parse(text);
    } catch {
      // A backup cut short (a download stopped half-way) still starts like one.
      if (/^\{\s*"format"\s*:\s*"briefcards-backup"/.test(text)) return { ok: false, error: damaged('it ends too early or is corrupt') };
      return { ok: false, error: NOT_A_BACKUP };
    }
  }
  if (!isObject(data) || data.format !== BACKUP_FORMAT) return { ok: false, error: NOT_A_BACKUP };
  if (!isNum(data.version) || !isNum(data.schemaVersion) || data.version < 1 || data.schemaVersion < 0) {
    return { ok: false, error: damaged('its version is missing') };
  }
  if (data.version > BACKUP_VERSION || data.schemaVersion > appSchemaVersion) return { ok: false, error: NEWER };
  if (!Array.isArray(data.records)) return { ok: false, error: damaged('its records are missing') };
  const bad: string[] = [];
  const seen = new Set<string>();
  for (const r of data.records as unknown[]) {
    if (!Array.isArray(r) || r.length !== 2 || typeof r[0] !== 'string') {
      bad.push('a record without a key');
    } else if (seen.has(r[0])) {
      bad.push(`"${r[0]}" twice`);
    } else {
      seen.add(r[0]);
      if (!validRecord(recordKind(r[0]), r[0], r[1])) bad.push(`"${r[0]}"`);
    }
  }
  if (bad.length) {
    const which = bad.length === 1 ? `record ${bad[0]} cannot be read` : `${bad.length} records cannot be read, such as ${bad[0]}`;
    return { ok: false, error: damaged(which) };
  }
  return {
    ok: true,
    backup: {
      format: BACKUP_FORMAT,
      version: data.version,
      schemaVersion: data.schemaVersion,
      exportedAt: isNum(data.exportedAt) ? data.exportedAt : 0,
      records: data.records as [string, unknown][],
    },
  };
}

/** What a merge changes, for the message after a restore. */
export interface MergeSummary {
  /** Review-log entries added. */
  reviews: number;
  /** Review-log entries on this device deleted because the backup records them as undone. */
  undone: number;
  /** Cards whose progress was added, changed or reset to new. */
  cards: number;
  /** Decks made on a device, added. */
  decks: number;
  /** Other records added or changed: flags, edits, settings, quiz results, deck versions and preferences. */
  other: number;
  /** Decks whose records were left out because this device deleted them after the backup. */
  gone: number;
  /** Records of a kind this version does not know, left out. */
  skipped: number;
}

/** The records to write and delete, in one transaction, and what they amount to. */
export interface MergePlan {
  puts: [string, unknown][];
  deletes: string[];
  summary: MergeSummary;
}

/** Deep equality of plain JSON-like data. */
function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

const cardOf = (deck: string, cardId: string) => `${deck}/${cardId}`;

/** The later review-log entry: by review time, then by id (ids sort by time too). */
function later(a: LogEntry, b: LogEntry): LogEntry {
  if (a.log.review !== b.log.review) return a.log.review > b.log.review ? a : b;
  return a.id > b.id ? a : b;
}

/** The state a card keeps after the merge (see the rules at the top); undefined means new. */
export function chooseState(
  current: CardState | undefined,
  incoming: CardState | undefined,
  newest: LogEntry | undefined,
  hasTombstone: boolean,
): CardState | undefined {
  const at = (s: CardState) => s.last_review ?? -Infinity;
  const candidates = [current, incoming].filter((s): s is CardState => s !== undefined);
  if (candidates.length === 2 && at(candidates[1]!) > at(candidates[0]!)) candidates.reverse();
  if (!candidates.length) return undefined;
  if (!newest) return hasTombstone ? undefined : candidates[0];
  const t = newest.log.review;
  return candidates.find((s) => s.last_review === t) ?? candidates.find((s) => at(s) <= t) ?? candidates[0];
}


/**
 * Whether two decks stored under one slug are different articles rather than versions of one:
 * the text differs and fewer than half the cards of the smaller deck share an id with the other.
 * A revised article regenerated on the device keeps the ids of the facts it kept.
 */
export function differentDecks(a: StoredDeck, b: StoredDeck): boolean {
  if (a.article === b.article) return false;
  const ids = new Set(a.deck.cards.map((c) => c.id));
  const shared = b.deck.cards.filter((c) => ids.has(c.id)).length;
  return shared * 2 < Math.min(a.deck.cards.length, b.deck.cards.length) || Math.min(a.deck.cards.length, b.deck.cards.length) === 0;
}

/** A backup's record moved to deck `to`, with the slug inside it changed too. */
function moveRecord(kind: RecordKind, v: unknown, to: string): unknown {
  switch (kind) {
    case 'deck': {
      const d = v as StoredDeck;
      return { ...d, deck: { ...d.deck, slug: to } };
    }
    case 'log':
    case 'tomb':
    case 'quiz-result':
      return { ...(v as object), deck: to };
    default:
      return v;
  }
}

/** Proof that a deck was deleted (or, bundled, removed) on a device: see the rules at the top. */
export interface DeckGone {
  slug: string;
  /** When it was deleted (epoch ms). */
  deletedAt: number;
}

/** What the learner changed about a deck (src/store/user-decks.ts keeps the same shape). */
interface DeckPrefs {
  title?: string;
  removed?: boolean;
}

/**
 * Merges a backup into the device's records: the puts and deletes that apply the rules at the
 * top of this file. `backup` must have passed validateBackup and its records be in the current
 * schema. `now` is when the restore happens.
 */
export function mergeBackup(
  current: ReadonlyMap<string, unknown>,
  backup: Pick<Backup, 'records' | 'exportedAt'>,
  now: number,
  reservedSlugs: Iterable<string> = [],
): MergePlan {
  const puts = new Map<string, unknown>();
  const deletes = new Set<string>();
  const summary: MergeSummary = { reviews: 0, undone: 0, cards: 0, decks: 0, other: 0, gone: 0, skipped: 0 };
  const inc = new Map<string, unknown>();
  for (const [k, v] of backup.records) {
    const kind = recordKind(k);
    if (kind === 'unknown') summary.skipped++;
    else if (kind !== 'schema' && kind !== 'undo' && kind !== 'quiz-current') inc.set(k, v);
  }

  // Deleted decks: when each was last deleted, on either side; deck tombstones are unioned.
  const goneAt = new Map<string, number>();
  const noteGone = (slug: string, at: number) => goneAt.set(slug, Math.max(goneAt.get(slug) ?? -Infinity, at));
  const removals = (records: ReadonlyMap<string, unknown>, unknownTime: number) => {
    for (const [k, v] of records) {
      const kind = recordKind(k);
      if (kind === 'deck-gone') noteGone((v as DeckGone).slug, (v as DeckGone).deletedAt);
      // A bundled deck removed by a version that wrote no tombstone: removed as late as can be.
      else if (kind === 'deck-prefs' && (v as DeckPrefs).removed && !records.has(deckGoneKey(k.slice(DECK_PREFS_PREFIX.length)))) {
        noteGone(k.slice(DECK_PREFS_PREFIX.length), unknownTime);
      }
    }
  };
  removals(current, now);
  removals(inc, backup.exportedAt);
  for (const [k, v] of inc) {
    if (recordKind(k) !== 'deck-gone') continue;
    const cur = current.get(k) as DeckGone | undefined;
    if (!cur || cur.deletedAt < (v as DeckGone).deletedAt) puts.set(k, v);
    inc.delete(k);
  }
  // A backup made before a deck was deleted brings none of that deck's records back.
  const left = new Set<string>();
  for (const k of [...inc.keys()]) {
    const deck = deckOfKey(k);
    if (deck !== undefined && backup.exportedAt < (goneAt.get(deck) ?? -Infinity)) {
      inc.delete(k);
      left.add(deck);
    }
  }
  summary.gone = left.size;

  // Two different decks made under one slug: the backup's moves to a slug of its own.
  const taken = new Set<string>([...reservedSlugs, ALL_DECKS]);
  for (const k of [...current.keys(), ...inc.keys()]) {
    const deck = deckOfKey(k);
    if (deck !== undefined) taken.add(deck);
  }
  for (const slug of goneAt.keys()) taken.add(slug);
  const moves = new Map<string, string>();
  for (const [k, v] of inc) {
    const cur = current.get(k) as StoredDeck | undefined;
    if (recordKind(k) !== 'deck' || !cur || !differentDecks(cur, v as StoredDeck)) continue;
    const to = slugify((v as StoredDeck).deck.title, taken);
    taken.add(to);
    moves.set(k.slice(USER_DECK_PREFIX.length), to);
  }
  if (moves.size) {
    const moved = [...inc].map(([k, v]): [string, unknown] => {
      const from = recordKind(k) === 'tomb' ? (v as Tombstone).deck : deckOfKey(k);
      const to = from === undefined ? undefined : moves.get(from);
      return to === undefined ? [k, v] : [moveDeckKey(k, to), moveRecord(recordKind(k), v, to)];
    });
    inc.clear();
    for (const [k, v] of moved) inc.set(k, v);
  }

  // Tombstones: the union. Which answers are undone, and which cards have had one undone.
  const undoneIds = new Set<string>();
  const tombstonedCards = new Set<string>();
  const noteTomb = (t: Tombstone) => {
    undoneIds.add(t.logId);
    tombstonedCards.add(cardOf(t.deck, t.cardId));
  };
  for (const [k, v] of current) if (recordKind(k) === 'tomb') noteTomb(v as Tombstone);
  for (const [k, v] of inc) {
    if (recordKind(k) !== 'tomb') continue;
    noteTomb(v as Tombstone);
    if (!current.has(k)) puts.set(k, v);
  }

  // Review log: the union minus undone answers; the newest surviving entry of each card.
  const newest = new Map<string, LogEntry>();
  const noteLog = (e: LogEntry) => {
    const c = cardOf(e.deck, e.cardId);
    const n = newest.get(c);
    newest.set(c, n ? later(n, e) : e);
  };
  for (const [k, v] of current) {
    if (recordKind(k) !== 'log') continue;
    const e = v as LogEntry;
    if (undoneIds.has(e.id)) {
      deletes.add(k);
      summary.undone++;
    } else noteLog(e);
  }
  for (const [k, v] of inc) {
    if (recordKind(k) !== 'log' || current.has(k)) continue;
    const e = v as LogEntry;
    if (undoneIds.has(e.id)) continue;
    puts.set(k, e);
    summary.reviews++;
    noteLog(e);
  }

  // Card states, checked against the merged log.
  const stateKeys = new Set<string>();
  for (const k of [...current.keys(), ...inc.keys()]) if (recordKind(k) === 'state') stateKeys.add(k);
  for (const k of stateKeys) {
    const card = k.slice(STATE_PREFIX.length);
    const cur = current.get(k) as CardState | undefined;
    const chosen = chooseState(cur, inc.get(k) as CardState | undefined, newest.get(card), tombstonedCards.has(card));
    if (chosen === undefined) {
      if (cur !== undefined) deletes.add(k);
    } else if (!same(chosen, cur)) puts.set(k, chosen);
    else continue;
    if (chosen !== undefined || cur !== undefined) summary.cards++;
  }

  // Deck preferences: this device's title first; a removal on either side stays, unless the
  // merged review log shows the deck studied after it.
  const lastStudied = new Map<string, number>();
  for (const e of newest.values()) lastStudied.set(e.deck, Math.max(lastStudied.get(e.deck) ?? -Infinity, e.log.review));
  const prefSlugs = new Set<string>();
  for (const k of [...current.keys(), ...inc.keys()]) if (recordKind(k) === 'deck-prefs') prefSlugs.add(k.slice(DECK_PREFS_PREFIX.length));
  for (const slug of prefSlugs) {
    const key = deckPrefsKey(slug);
    const cur = current.get(key) as DeckPrefs | undefined;
    const theirs = inc.get(key) as DeckPrefs | undefined;
    const title = cur?.title ?? theirs?.title;
    const removed = (!!cur?.removed || !!theirs?.removed) && !((lastStudied.get(slug) ?? -Infinity) > (goneAt.get(slug) ?? -Infinity));
    const merged: DeckPrefs = { ...(title !== undefined && { title }), ...(removed && { removed }) };
    if (same(merged, cur ?? {})) continue;
    if (Object.keys(merged).length) puts.set(key, merged);
    else deletes.add(key);
    summary.other++;
  }

  // Everything else: add what this device lacks; edits by the later editedAt.
  for (const [k, v] of inc) {
    const kind = recordKind(k);
    if (kind === 'tomb' || kind === 'log' || kind === 'state' || kind === 'deck-prefs') continue;
    const cur = current.get(k);
    if (cur === undefined) {
      if (kind === 'flags') {
        // Without its burial (see the rules above), a card with no other flag gets no record.
        const f = unbury(v as CardFlags);
        if (isEmptyFlags(f)) continue;
        puts.set(k, normalizeFlags(f));
        summary.other++;
        continue;
      }
      puts.set(k, v);
      if (kind === 'deck') summary.decks++;
      else if (kind !== 'snapshot') summary.other++;
    } else if (kind === 'edit' && (v as CardEdit).editedAt > (cur as CardEdit).editedAt && !same(v, cur)) {
      puts.set(k, v);
      summary.other++;
    } else if (kind === 'deck' && (v as StoredDeck).updatedAt > (cur as StoredDeck).updatedAt && !same(v, cur)) {
      puts.set(k, v);
      summary.other++;
    } else if (kind === 'flags') {
      const mine = normalizeFlags(cur as CardFlags);
      const theirs = v as CardFlags;
      const merged = normalizeFlags({
        suspended: mine.suspended || theirs.suspended,
        leech: mine.leech || theirs.leech,
        retired: mine.retired || theirs.retired,
        buriedUntil: mine.buriedUntil,
      });
      if (same(merged, mine)) continue;
      puts.set(k, merged);
      summary.other++;
    } else if (kind === 'snapshot') {
      const mine = cur as DeckCard[];
      const ids = new Set(mine.map((c) => c.id));
      const added = (v as DeckCard[]).filter((c) => !ids.has(c.id));
      if (added.length) puts.set(k, [...mine, ...added]);
    }
  }

  // This device's undo record no longer describes its card once the merge has changed it.
  const undo = current.get(LAST_UNDO_KEY) as { log?: LogEntry } | undefined;
  if (undo?.log) {
    const sk = stateKey(undo.log.deck, undo.log.cardId);
    if (deletes.has(logKey(undo.log.deck, undo.log.id)) || puts.has(sk) || deletes.has(sk)) deletes.add(LAST_UNDO_KEY);
  }

  return { puts: [...puts], deletes: [...deletes], summary };
}

/** The summary in words, for the status line after a restore. */
export function describeMerge(s: MergeSummary): string {
  const n = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
  const parts: string[] = [];
  if (s.reviews) parts.push(n(s.reviews, 'review', 'reviews') + ' added');
  if (s.cards) parts.push(n(s.cards, "card's progress", "cards' progress") + ' updated');
  if (s.decks) parts.push(n(s.decks, 'deck', 'decks') + ' added');
  if (s.other) parts.push(n(s.other, 'other record', 'other records') + ' (flags, edits, settings, quiz results, deck versions and preferences) added or updated');
  if (s.undone) parts.push(n(s.undone, 'review', 'reviews') + ' removed (undone on the device that made the backup)');
  if (s.gone) parts.push(n(s.gone, 'deleted deck', 'deleted decks') + ' left out (deleted after the backup was made)');
  let out = parts.length ? `Backup restored: ${parts.join('; ')}.` : 'Backup restored: this device already had everything in it.';
  if (s.skipped) out += ` ${n(s.skipped, 'record', 'records')} from a different version of Briefcards ${s.skipped === 1 ? 'was' : 'were'} left out.`;
  return out;
}
