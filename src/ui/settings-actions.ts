/** Saving study settings: storage first, then the signals every queue and scheduler read. Lazy. */
import type { SettingsOverride, StudySettings } from '../core/settings';
import { saveAppSettings, saveDeckSettings } from '../store/settings';
import { deckOverrides, setAppSettings, setDeckOverrides } from './study-data';

export async function saveAppWide(settings: StudySettings): Promise<void> {
  await saveAppSettings(settings);
  setAppSettings(settings);
}

/** Saves a deck's override; an empty one makes the deck follow the app-wide settings again. */
export async function saveDeckOverride(deck: string, override: SettingsOverride): Promise<void> {
  await saveDeckSettings(deck, override);
  const next = { ...deckOverrides() };
  if (Object.keys(override).length) next[deck] = override;
  else delete next[deck];
  setDeckOverrides(next);
}
