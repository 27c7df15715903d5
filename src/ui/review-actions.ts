/**
 * What the review screen and the card browser do to progress: answer, undo, bury, suspend,
 * and edit a card. The rules come from src/core, the writes go through src/store, and the
 * signals change only after the transaction has completed, so the screen never shows what
 * was not saved.
 */
import { applyAnswer, undoAnswer, type AnswerWrites, type FlagWrite, type UndoRecord } from '../core/answer';
import { bury, normalizeFlags, suspend, unbury, unsuspend, type CardFlags } from '../core/card-flags';
import type { CardEdit } from '../core/deck-update';
import { cardKey, type StudyCard } from '../core/queue';
import type { GradeOutcome } from '../core/scheduler';
import { saveAnswerWrites, saveUndoWrites } from '../store/answers';
import { saveFlags } from '../store/flags';
import { saveEdit } from '../store/edits';
import { deckBySlug, logs, setLogs, setStates, states } from './data';
import { dayFor, edits, flags, schedulerFor, setEdits, setFlags, setLastUndo } from './study-data';

function unique(): string {
  const rand = crypto.getRandomValues(new Uint32Array(2));
  return `${rand[0]!.toString(36)}${rand[1]!.toString(36)}`;
}

function applyFlagWrites(writes: readonly FlagWrite[]): void {
  if (!writes.length) return;
  const next = new Map(flags());
  for (const w of writes) {
    const f = normalizeFlags(w.flags);
    if (Object.keys(f).length) next.set(cardKey(w.deck, w.cardId), f);
    else next.delete(cardKey(w.deck, w.cardId));
  }
  setFlags(next);
}

/**
 * Records an answer given at `at`: the card's state and log entry, the burial of its
 * siblings and a leech's suspension, all in one transaction. Resolves with what was written
 * (its `undo` goes on the session's stack, `leech` must be told to the user).
 */
export async function answerCard(shown: StudyCard, outcome: GradeOutcome, at: number): Promise<AnswerWrites> {
  const deck = shown.deck;
  const key = cardKey(deck, shown.card.id);
  const st = states();
  const fl = flags();
  const siblings = (deckBySlug(deck)?.cards ?? []).map((card) => {
    const k = cardKey(deck, card.id);
    return { deck, card, state: st.get(k), flags: fl.get(k) };
  });
  const writes = applyAnswer({
    deck,
    card: shown.card,
    before: st.get(key),
    flags: fl.get(key),
    outcome,
    cards: siblings,
    day: dayFor(deck),
    unique: unique(),
    now: at,
  });
  await saveAnswerWrites(writes);
  const next = new Map(states());
  next.set(key, writes.state);
  setStates(next);
  setLogs([...logs(), writes.log]);
  applyFlagWrites(writes.flags);
  setLastUndo(writes.undo);
  void requestPersistence();
  return writes;
}

/**
 * Takes back the answer `record` describes, in one transaction; `nextLast` is the answer
 * before it that stays undoable after a reload. Resolves with the card's key, or a reason
 * in words when the undo was refused (nothing is changed then).
 */
export async function undoAnswerRecord(
  record: UndoRecord,
  nextLast: UndoRecord | undefined,
  at: number,
): Promise<{ ok: true; key: string } | { ok: false; reason: string }> {
  const { deck, cardId } = record.log;
  const key = cardKey(deck, cardId);
  const fl = flags();
  const r = undoAnswer(record, states().get(key), at, schedulerFor(deck), (d, id) => fl.get(cardKey(d, id)));
  if (!r.ok) return r;
  await saveUndoWrites(r, nextLast);
  const next = new Map(states());
  if (r.state) next.set(key, r.state);
  else next.delete(key);
  setStates(next);
  setLogs(logs().filter((l) => l.id !== r.deleteLogId));
  applyFlagWrites(r.flags);
  setLastUndo(nextLast);
  return { ok: true, key };
}

async function changeFlags(deck: string, cardId: string, change: (f: CardFlags | undefined) => CardFlags): Promise<void> {
  const write = { deck, cardId, flags: change(flags().get(cardKey(deck, cardId))) };
  await saveFlags([write]);
  applyFlagWrites([write]);
}

/** Puts a card's flags back as they were (the undo of a bury or suspend). */
export async function setCardFlags(write: FlagWrite): Promise<void> {
  await saveFlags([write]);
  applyFlagWrites([write]);
}

/** Hides a card until the next study day starts. */
export const buryCard = (deck: string, cardId: string, at: number) => changeFlags(deck, cardId, (f) => bury(f, at, dayFor(deck)));
/** Hides a card until it is unsuspended in the card browser. */
export const suspendCard = (deck: string, cardId: string) => changeFlags(deck, cardId, suspend);
export const unsuspendCard = (deck: string, cardId: string) => changeFlags(deck, cardId, unsuspend);
export const unburyCard = (deck: string, cardId: string) => changeFlags(deck, cardId, unbury);

/** Stores the user's edit of a card (null: back to the generated text). */
export async function saveCardEdit(deck: string, cardId: string, edit: CardEdit | null): Promise<void> {
  await saveEdit(deck, cardId, edit);
  const next = new Map(edits());
  if (edit) next.set(cardKey(deck, cardId), edit);
  else next.delete(cardKey(deck, cardId));
  setEdits(next);
}

let persistenceAsked = false;
/** Asks the browser not to evict our data under storage pressure; once per session. */
async function requestPersistence(): Promise<void> {
  if (persistenceAsked) return;
  persistenceAsked = true;
  try {
    if (navigator.storage?.persist && !(await navigator.storage.persisted())) await navigator.storage.persist();
  } catch {
    // Not supported or refused: data is kept anyway, only without the eviction guarantee.
  }
}
