/**
 * Root state for studying beyond cards and progress (part of the first bundle): each card's
 * flags and edits, the settings, and the undo record left by the last session. data.ts reads
 * these to build queues; review-actions.ts changes them after storage has committed.
 */
import { createSignal } from 'solid-js';
import type { FSRS } from 'ts-fsrs';
import type { CardFlags } from '../core/card-flags';
import type { CardEdit } from '../core/deck-update';
import type { UndoRecord } from '../core/answer';
import type { DayOptions } from '../core/study-day';
import { DEFAULT_SETTINGS, resolveSettings, toQueueOptions, toSchedulerSettings, type SettingsOverride, type StudySettings } from '../core/settings';
import { createScheduler } from '../core/scheduler';
import { loadFlags } from '../store/flags';
import { loadEdits } from '../store/edits';
import { loadSettings } from '../store/settings';
import { loadLastUndo } from '../store/answers';

/** Flags by `${deck}/${cardId}`; a card without flags is absent. */
export const [flags, setFlags] = createSignal<Map<string, CardFlags>>(new Map());
/** The user's edits by `${deck}/${cardId}`. */
export const [edits, setEdits] = createSignal<Map<string, CardEdit>>(new Map());
export const [appSettings, setAppSettings] = createSignal<StudySettings>(DEFAULT_SETTINGS);
/** Per-deck overrides by slug. */
export const [deckOverrides, setDeckOverrides] = createSignal<Record<string, SettingsOverride>>({});
/** The latest answer's undo record as stored, so a reload does not lose the last undo. */
export const [lastUndo, setLastUndo] = createSignal<UndoRecord>();

/** Loads flags, edits, settings and the last undo record. */
export async function loadStudyData(): Promise<void> {
  const [f, e, s, u] = await Promise.all([loadFlags(), loadEdits(), loadSettings(), loadLastUndo()]);
  setFlags(f);
  setEdits(e);
  setAppSettings(s.app);
  setDeckOverrides(s.decks);
  setLastUndo(u);
}

/** The settings a deck studies with; "all" (and any unknown slug) means the app-wide ones. */
export function settingsFor(deck: string): StudySettings {
  return resolveSettings(appSettings(), deck === 'all' ? undefined : deckOverrides()[deck]);
}

/** Where a deck's study day starts, in the device's time zone. */
export function dayFor(deck: string): DayOptions {
  return toQueueOptions(settingsFor(deck)).day;
}

const schedulers = new Map<string, FSRS>();

/** The FSRS scheduler for a deck's settings, built once per distinct set of settings. */
export function schedulerFor(deck: string): FSRS {
  const settings = toSchedulerSettings(settingsFor(deck));
  const key = JSON.stringify(settings);
  let s = schedulers.get(key);
  if (!s) {
    s = createScheduler(settings);
    schedulers.set(key, s);
  }
  return s;
}
