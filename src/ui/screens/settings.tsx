/**
 * Study settings, app-wide (#/settings) or one deck's override (#/settings/<slug>). A value
 * that does not pass src/core/settings.ts's validation is refused next to its field and
 * nothing is saved; the screen says what the change does to cards already scheduled. The
 * app-wide page also holds the Backup section. Lazy.
 */
import { For, Show, createMemo, createSignal } from 'solid-js';
import {
  SETTING_LABELS,
  describeChange,
  formatSteps,
  resolveSettings,
  validateOverride,
  validateSettings,
  type SettingsErrors,
  type SettingsField,
  type StudySettings,
} from '../../core/settings';
import { decks, deckBySlug, storageMessage } from '../data';
import { appSettings, deckOverrides, settingsFor } from '../study-data';
import { saveAppWide, saveDeckOverride } from '../settings-actions';
import { href } from '../router';
import { NotFound } from './not-found';
import { BackupSection } from '../components/backup-section';

type Form = Record<SettingsField, string>;

interface FieldInfo {
  field: SettingsField;
  hint: string;
  inputMode: 'decimal' | 'numeric' | 'text';
}

const FIELDS: FieldInfo[] = [
  { field: 'retention', inputMode: 'decimal', hint: 'From 0.70 to 0.99: the chance of remembering a card that FSRS aims for. Higher means more reviews.' },
  { field: 'newPerDay', inputMode: 'numeric', hint: 'New cards introduced each study day.' },
  { field: 'reviewsPerDay', inputMode: 'numeric', hint: 'Reviews shown each study day, at most.' },
  { field: 'dayStartHour', inputMode: 'numeric', hint: 'Hour from 0 to 23, local time. With 4, a late-night session still counts as the same day.' },
  { field: 'maximumInterval', inputMode: 'numeric', hint: 'In days: the longest a card waits between reviews.' },
  { field: 'learningSteps', inputMode: 'text', hint: 'Waits for a new card before it graduates, such as "1m 10m" (m minutes, h hours, d days).' },
  { field: 'relearningSteps', inputMode: 'text', hint: 'Waits for a card you forgot, such as "10m".' },
];

/** A settings value as the form shows it. */
function shown(field: SettingsField, s: Partial<StudySettings>): string {
  const v = s[field];
  if (v === undefined) return '';
  if (field === 'retention') return (v as number).toFixed(2);
  if (Array.isArray(v)) return formatSteps(v);
  if (typeof v === 'boolean') return v ? 'on' : 'off';
  return String(v);
}

function toForm(s: Partial<StudySettings>): Form {
  const out = {} as Form;
  for (const f of Object.keys(SETTING_LABELS) as SettingsField[]) out[f] = shown(f, s);
  return out;
}

export default function SettingsPage(props: { slug?: string }) {
  return (
    <Show when={!props.slug || deckBySlug(props.slug)} fallback={<NotFound what="deck" />}>
      <SettingsForm slug={props.slug} />
    </Show>
  );
}

function SettingsForm(props: { slug?: string | undefined }) {
  const deckSlug = props.slug;
  const deck = deckSlug ? deckBySlug(deckSlug) : undefined;
  /** What is saved now: the app-wide settings, or the deck's resolved settings. */
  const saved = (): StudySettings => (deckSlug ? settingsFor(deckSlug) : appSettings());
  const [form, setForm] = createSignal<Form>(toForm(deckSlug ? (deckOverrides()[deckSlug] ?? {}) : appSettings()));
  const [errors, setErrors] = createSignal<SettingsErrors>({});
  const [status, setStatus] = createSignal<string>();
  const [applied, setApplied] = createSignal<string[]>([]);
  let formEl: HTMLFormElement | undefined;

  function validate() {
    const raw = form();
    if (!deckSlug) return validateSettings(raw, appSettings());
    const r = validateOverride(raw);
    return r.ok ? { ok: true as const, value: r.value, resolved: resolveSettings(appSettings(), r.value) } : r;
  }

  /** What the values typed so far would change, once they are valid. */
  const pending = createMemo(() => {
    const r = validate();
    if (!r.ok) return [];
    const after = 'resolved' in r ? r.resolved : (r.value as StudySettings);
    return describeChange(saved(), after);
  });

  function update(field: SettingsField, value: string) {
    setForm({ ...form(), [field]: value });
    setStatus(undefined);
  }

  async function submit(e: SubmitEvent) {
    e.preventDefault();
    const r = validate();
    if (!r.ok) {
      setErrors(r.errors);
      setStatus(undefined);
      const first = Object.keys(r.errors)[0];
      formEl?.querySelector<HTMLElement>(`[name="${first}"]`)?.focus();
      return;
    }
    setErrors({});
    const lines = pending();
    try {
      if (deckSlug) await saveDeckOverride(deckSlug, r.value);
      else await saveAppWide(r.value as StudySettings);
      setApplied(lines);
      setStatus(lines.length ? 'Settings saved.' : 'Settings saved. Nothing changed.');
    } catch (err) {
      setStatus(`Your settings were not saved. ${storageMessage(err)}`);
    }
  }

  const fieldId = (f: SettingsField) => `setting-${f}`;
  const describedBy = (f: SettingsField) => [`${fieldId(f)}-hint`, errors()[f] ? `${fieldId(f)}-error` : ''].filter(Boolean).join(' ');
  const appValue = (f: SettingsField) => shown(f, appSettings());

  return (
    <main class="screen settings">
      <h1>{deck ? `Options for ${deck.title}` : 'Settings'}</h1>
      <Show
        when={deck}
        fallback={<p>These apply to every deck, except where a deck has its own options.</p>}
      >
        <p>
          Values set here apply to this deck only. Leave a field empty to use the app-wide value. <a href={href('settings')}>Options for every deck</a>
        </p>
      </Show>
      <form ref={formEl} novalidate onSubmit={(e) => void submit(e)}>
        <For each={FIELDS}>
          {(info) => (
            <div class="field">
              <label for={fieldId(info.field)}>{SETTING_LABELS[info.field]}</label>
              <input
                id={fieldId(info.field)}
                name={info.field}
                type="text"
                inputmode={info.inputMode}
                autocomplete="off"
                value={form()[info.field]}
                placeholder={deck ? appValue(info.field) : undefined}
                aria-invalid={errors()[info.field] ? 'true' : undefined}
                aria-describedby={describedBy(info.field)}
                onInput={(e) => update(info.field, e.currentTarget.value)}
              />
              <p class="hint" id={`${fieldId(info.field)}-hint`}>
                {info.hint}
                <Show when={deck}> Empty: the app-wide value, {appValue(info.field)}.</Show>
              </p>
              <Show when={errors()[info.field]}>
                <p class="field-error" id={`${fieldId(info.field)}-error`}>
                  {errors()[info.field]}
                </p>
              </Show>
            </div>
          )}
        </For>
        <div class="field">
          <Show
            when={deck}
            fallback={
              <label class="check">
                <input
                  type="checkbox"
                  name="fuzz"
                  checked={form().fuzz === 'on'}
                  aria-describedby="setting-fuzz-hint"
                  onChange={(e) => update('fuzz', e.currentTarget.checked ? 'on' : 'off')}
                />
                {SETTING_LABELS.fuzz}
              </label>
            }
          >
            <label for="setting-fuzz">{SETTING_LABELS.fuzz}</label>
            <select id="setting-fuzz" name="fuzz" aria-describedby="setting-fuzz-hint" onChange={(e) => update('fuzz', e.currentTarget.value)}>
              <option value="" selected={form().fuzz === ''}>
                App-wide ({appValue('fuzz')})
              </option>
              <option value="on" selected={form().fuzz === 'on'}>
                On
              </option>
              <option value="off" selected={form().fuzz === 'off'}>
                Off
              </option>
            </select>
          </Show>
          <p class="hint" id="setting-fuzz-hint">
            Spreads due dates a little, so cards learnt together do not keep coming back together.
          </p>
        </div>
        <Show when={pending().length > 0}>
          <section class="change-note" aria-live="polite">
            <h2>What this change does to cards already scheduled</h2>
            <ul>
              <For each={pending()}>{(line) => <li>{line}</li>}</For>
            </ul>
          </section>
        </Show>
        <div class="actions">
          <button type="submit" class="primary">
            Save
          </button>
        </div>
        <div role="status" class="save-status">
          <Show when={status()}>
            <p>{status()}</p>
            <Show when={applied().length > 0}>
              <ul>
                <For each={applied()}>{(line) => <li>{line}</li>}</For>
              </ul>
            </Show>
          </Show>
        </div>
      </form>
      <Show when={!deck && decks().length > 0}>
        <h2>Options per deck</h2>
        <ul class="plain-list">
          <For each={decks()}>
            {(d) => (
              <li>
                <a href={href('settings', d.slug)}>{d.title}</a>
                <Show when={deckOverrides()[d.slug]}> (own options)</Show>
              </li>
            )}
          </For>
        </ul>
      </Show>
      <Show when={!deck}>
        <BackupSection />
      </Show>
    </main>
  );
}
