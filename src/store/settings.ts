/** Study settings: the app-wide record and one override record per deck that has one. */
import {
  DEFAULT_SETTINGS,
  resolveSettings,
  validateOverride,
  type SettingsField,
  type SettingsOverride,
  type StudySettings,
} from '../core/settings';
import { commit, read, readPrefix } from './db';
import { APP_SETTINGS_KEY, DECK_SETTINGS_PREFIX, deckSettingsKey } from '../core/record-keys';
import { ensureSchema } from './schema';

export interface StoredSettings {
  /** App-wide settings, every field filled in (defaults where nothing was saved). */
  app: StudySettings;
  /** Each deck's override, by slug; a deck without one is absent. */
  decks: Record<string, SettingsOverride>;
}

/**
 * Only the valid fields of a stored record: a field damaged or written by a version with other
 * rules falls back to the app-wide value instead of breaking the scheduler.
 */
function validFields(raw: unknown): SettingsOverride {
  if (!raw || typeof raw !== 'object') return {};
  const fields = raw as Partial<Record<SettingsField, unknown>>;
  const r = validateOverride(fields);
  if (r.ok) return r.value;
  const kept = { ...fields };
  for (const f of Object.keys(r.errors) as SettingsField[]) delete kept[f];
  const again = validateOverride(kept);
  return again.ok ? again.value : {};
}

export async function loadSettings(): Promise<StoredSettings> {
  await ensureSchema();
  const [app, rows] = await Promise.all([read<unknown>(APP_SETTINGS_KEY), readPrefix<unknown>(DECK_SETTINGS_PREFIX)]);
  const decks: Record<string, SettingsOverride> = {};
  for (const [k, v] of rows) {
    const o = validFields(v);
    if (Object.keys(o).length) decks[k.slice(DECK_SETTINGS_PREFIX.length)] = o;
  }
  return { app: resolveSettings(DEFAULT_SETTINGS, validFields(app)), decks };
}

/** Saves the app-wide settings (already validated by the caller). */
export async function saveAppSettings(settings: StudySettings): Promise<void> {
  await ensureSchema();
  await commit([[APP_SETTINGS_KEY, settings]]);
}

/** Saves a deck's override; an empty one is deleted, so the deck follows the app again. */
export async function saveDeckSettings(deck: string, override: SettingsOverride): Promise<void> {
  await ensureSchema();
  const key = deckSettingsKey(deck);
  await (Object.keys(override).length ? commit([[key, override]]) : commit([], [key]));
}
