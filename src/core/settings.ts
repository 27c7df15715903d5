/**
 * Study settings: app-wide values, a per-deck override on top, validation of what a person
 * typed into the settings form, and plain words on what a change does to cards already
 * scheduled. FSRS weights are not a setting: the scheduler keeps ts-fsrs's FSRS-6 defaults.
 */
import type { SchedulerSettings } from './scheduler';
import type { QueueOptions } from './queue';

/** Everything a person can set about studying, app-wide or for one deck. */
export interface StudySettings {
  /** Desired retention, 0.70–0.99: the chance of recall FSRS aims for at each review. */
  retention: number;
  /** New cards introduced per study day. */
  newPerDay: number;
  /** Reviews shown per study day, at most. */
  reviewsPerDay: number;
  /** Hour (0–23, local time) at which a study day begins. */
  dayStartHour: number;
  /** Longest interval FSRS may give, in days. */
  maximumInterval: number;
  /** Learning steps for new cards, such as ["1m", "10m"]. */
  learningSteps: string[];
  /** Steps a forgotten review card goes through, such as ["10m"]. */
  relearningSteps: string[];
  /** Spread due dates a little so cards learnt together do not stay together. */
  fuzz: boolean;
}

/** The name of one setting, as the form and its error messages use it. */
export type SettingsField = keyof StudySettings;

/** A deck's own values; a field left out takes the app-wide value. */
export type SettingsOverride = Partial<StudySettings>;

/** Messages to show next to their fields. */
export type SettingsErrors = Partial<Record<SettingsField, string>>;

/** The outcome of validating a settings form. */
export type SettingsResult<T = StudySettings> = { ok: true; value: T } | { ok: false; errors: SettingsErrors };

/** Issue 2's defaults: FSRS-6, retention 0.9, 20 new and 200 reviews a day, day start 4 a.m. */
export const DEFAULT_SETTINGS: Readonly<StudySettings> = Object.freeze({
  retention: 0.9,
  newPerDay: 20,
  reviewsPerDay: 200,
  dayStartHour: 4,
  maximumInterval: 36500,
  learningSteps: ['1m', '10m'],
  relearningSteps: ['10m'],
  fuzz: true,
});

/** Field labels, the same words the settings screen shows. */
export const SETTING_LABELS: Record<SettingsField, string> = {
  retention: 'Desired retention',
  newPerDay: 'New cards per day',
  reviewsPerDay: 'Maximum reviews per day',
  dayStartHour: 'Next day starts at',
  maximumInterval: 'Maximum interval',
  learningSteps: 'Learning steps',
  relearningSteps: 'Relearning steps',
  fuzz: 'Fuzz',
};

const FIELDS = Object.keys(SETTING_LABELS) as SettingsField[];

/** Anki's upper bound on daily limits; higher numbers are almost always a typo. */
const MAX_PER_DAY = 9999;
const MAX_INTERVAL = 36500;
const MAX_STEPS = 10;
const STEP = /^(\d+(?:\.\d+)?)([mhd])$/;
const MINUTES: Record<string, number> = { m: 1, h: 60, d: 1440 };

/**
 * Parse steps typed as "1m 10m" (commas also accepted) into ["1m", "10m"], or an error
 * message. ts-fsrs reads a step with parseInt, so "1.5h" would silently become 1 hour:
 * a fractional step is rewritten in whole minutes ("90m"), and refused when it is not a
 * whole number of minutes.
 */
export function parseSteps(input: unknown, label: string): { ok: true; value: string[] } | { ok: false; error: string } {
  const tokens = Array.isArray(input)
    ? input.map((t) => String(t).trim())
    : typeof input === 'string'
      ? input.split(/[\s,]+/).filter(Boolean)
      : undefined;
  if (!tokens) return { ok: false, error: `${label} must be durations like "1m 10m".` };
  if (tokens.length > MAX_STEPS) return { ok: false, error: `${label} can have at most ${MAX_STEPS} steps.` };
  const out: string[] = [];
  for (const token of tokens) {
    const m = STEP.exec(token.toLowerCase());
    if (!m) {
      return { ok: false, error: `${label}: "${token}" is not a duration. Write steps like "1m 10m" (m minutes, h hours, d days).` };
    }
    const amount = Number(m[1]);
    const unit = m[2]!;
    if (amount <= 0) return { ok: false, error: `${label}: each step must be longer than zero.` };
    if (Number.isInteger(amount)) {
      out.push(`${amount}${unit}`);
      continue;
    }
    const minutes = amount * MINUTES[unit]!;
    if (!Number.isInteger(minutes)) {
      return { ok: false, error: `${label}: "${token}" is not a whole number of minutes.` };
    }
    out.push(`${minutes}m`);
  }
  return { ok: true, value: out };
}

/** Steps as the form shows them: ["1m", "10m"] → "1m 10m". */
export function formatSteps(steps: readonly string[]): string {
  return steps.join(' ');
}

function toNumber(v: unknown): number | undefined {
  if (typeof v === 'number') return Number.isFinite(v) ? v : undefined;
  if (typeof v !== 'string' || v.trim() === '') return undefined;
  const n = Number(v.trim());
  return Number.isFinite(n) ? n : undefined;
}

function wholeInRange(v: unknown, lo: number, hi: number): number | undefined {
  const n = toNumber(v);
  return n !== undefined && Number.isInteger(n) && n >= lo && n <= hi ? n : undefined;
}

function toBoolean(v: unknown): boolean | undefined {
  if (typeof v === 'boolean') return v;
  if (typeof v !== 'string') return undefined;
  const s = v.trim().toLowerCase();
  if (s === 'true' || s === 'on' || s === 'yes' || s === '1') return true;
  if (s === 'false' || s === 'off' || s === 'no' || s === '0') return false;
  return undefined;
}

/** Check one field; a message for people, or the value in its stored form. */
function checkField(field: SettingsField, raw: unknown): { value: unknown } | { error: string } {
  switch (field) {
    case 'retention': {
      // A form may hold "90%"; read it as 0.90 rather than refuse what the person meant.
      const pct = typeof raw === 'string' && raw.trim().endsWith('%');
      let n = toNumber(pct ? (raw as string).trim().slice(0, -1) : raw);
      if (n !== undefined && pct) n = n / 100;
      // Compare on rounded hundredths so 0.7 typed as "0.70" or "70%" is not lost to float error.
      if (n === undefined || Math.round(n * 1e6) < 700000 || Math.round(n * 1e6) > 990000) {
        return { error: 'Desired retention must be between 0.70 and 0.99.' };
      }
      return { value: Math.round(n * 1e6) / 1e6 };
    }
    case 'newPerDay': {
      const n = wholeInRange(raw, 0, MAX_PER_DAY);
      return n === undefined ? { error: `New cards per day must be a whole number from 0 to ${MAX_PER_DAY}.` } : { value: n };
    }
    case 'reviewsPerDay': {
      const n = wholeInRange(raw, 0, MAX_PER_DAY);
      return n === undefined ? { error: `Maximum reviews per day must be a whole number from 0 to ${MAX_PER_DAY}.` } : { value: n };
    }
    case 'dayStartHour': {
      const n = wholeInRange(raw, 0, 23);
      return n === undefined ? { error: 'The study day must start at a whole hour from 0 to 23.' } : { value: n };
    }
    case 'maximumInterval': {
      const n = wholeInRange(raw, 1, MAX_INTERVAL);
      return n === undefined
        ? { error: `Maximum interval must be a whole number of days from 1 to ${MAX_INTERVAL}.` }
        : { value: n };
    }
    case 'learningSteps':
    case 'relearningSteps': {
      const r = parseSteps(raw, SETTING_LABELS[field]);
      return r.ok ? { value: r.value } : { error: r.error };
    }
    case 'fuzz': {
      const b = toBoolean(raw);
      return b === undefined ? { error: 'Fuzz must be on or off.' } : { value: b };
    }
  }
}

/**
 * Validate the app-wide settings form. Fields absent from `raw` keep their value in `base`;
 * any field present but invalid refuses the whole form, so nothing half-valid is saved.
 */
export function validateSettings(
  raw: Partial<Record<SettingsField, unknown>>,
  base: Readonly<StudySettings> = DEFAULT_SETTINGS,
): SettingsResult {
  const value = { ...base, learningSteps: [...base.learningSteps], relearningSteps: [...base.relearningSteps] };
  const errors: SettingsErrors = {};
  for (const field of FIELDS) {
    if (!(field in raw) || raw[field] === undefined) continue;
    const r = checkField(field, raw[field]);
    if ('error' in r) errors[field] = r.error;
    else (value as Record<SettingsField, unknown>)[field] = r.value;
  }
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, value };
}

/**
 * Validate a deck's override form. A field left empty ("", null or absent) means "use the
 * app-wide value" and is left out of the result; every other field must be valid.
 */
export function validateOverride(raw: Partial<Record<SettingsField, unknown>>): SettingsResult<SettingsOverride> {
  const value: SettingsOverride = {};
  const errors: SettingsErrors = {};
  for (const field of FIELDS) {
    const v = raw[field];
    if (v === undefined || v === null || (typeof v === 'string' && v.trim() === '')) continue;
    const r = checkField(field, v);
    if ('error' in r) errors[field] = r.error;
    else (value as Record<SettingsField, unknown>)[field] = r.value;
  }
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, value };
}

/** The settings a deck studies with: its override laid over the app-wide settings. */
export function resolveSettings(global: Readonly<StudySettings>, override?: SettingsOverride): StudySettings {
  const out: StudySettings = { ...global, learningSteps: [...global.learningSteps], relearningSteps: [...global.relearningSteps] };
  if (!override) return out;
  for (const field of FIELDS) {
    const v = override[field];
    if (v === undefined) continue;
    (out as Record<SettingsField, unknown>)[field] = Array.isArray(v) ? [...v] : v;
  }
  return out;
}

/** What the ts-fsrs adapter needs from the settings. */
export function toSchedulerSettings(s: Readonly<StudySettings>): SchedulerSettings {
  return {
    retention: s.retention,
    maximumInterval: s.maximumInterval,
    learningSteps: [...s.learningSteps],
    relearningSteps: [...s.relearningSteps],
    fuzz: s.fuzz,
  };
}

/** What the queue needs from the settings; `timeZone` undefined means the device's own. */
export function toQueueOptions(s: Readonly<StudySettings>, timeZone?: string): QueueOptions {
  return {
    limits: { newPerDay: s.newPerDay, reviewsPerDay: s.reviewsPerDay },
    day: { dayStartHour: s.dayStartHour, timeZone },
  };
}

function sameSteps(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

function hour(h: number): string {
  if (h === 0) return 'midnight';
  if (h === 12) return 'noon';
  return h < 12 ? `${h} a.m.` : `${h - 12} p.m.`;
}

/**
 * Sentences for the settings screen on what a change does to cards already scheduled.
 * FSRS only reads the settings when a card is answered, so nothing already due moves;
 * saying so keeps people from expecting (or fearing) a reshuffle. Empty when nothing changed.
 */
export function describeChange(before: Readonly<StudySettings>, after: Readonly<StudySettings>): string[] {
  const out: string[] = [];
  const due = 'Due dates already set are not moved.';
  if (before.retention !== after.retention) {
    const more = after.retention > before.retention;
    out.push(
      `Desired retention ${before.retention.toFixed(2)} → ${after.retention.toFixed(2)}: from each card's next answer, ` +
        `intervals get ${more ? 'shorter and reviews more frequent' : 'longer and reviews less frequent'}. ${due}`,
    );
  }
  if (before.maximumInterval !== after.maximumInterval) {
    out.push(
      `Maximum interval ${before.maximumInterval} → ${after.maximumInterval} days: applies from each card's next answer. ${due}`,
    );
  }
  if (before.fuzz !== after.fuzz) {
    out.push(
      after.fuzz
        ? `Fuzz on: from each card's next answer, intervals vary a little so cards learnt together spread out. ${due}`
        : `Fuzz off: from each card's next answer, intervals are exactly what FSRS computes. ${due}`,
    );
  }
  if (!sameSteps(before.learningSteps, after.learningSteps)) {
    out.push(
      `Learning steps "${formatSteps(before.learningSteps)}" → "${formatSteps(after.learningSteps)}": ` +
        `new cards and cards in learning follow the new steps from their next answer.`,
    );
  }
  if (!sameSteps(before.relearningSteps, after.relearningSteps)) {
    out.push(
      `Relearning steps "${formatSteps(before.relearningSteps)}" → "${formatSteps(after.relearningSteps)}": ` +
        `forgotten cards follow the new steps from their next answer.`,
    );
  }
  if (before.newPerDay !== after.newPerDay) {
    out.push(
      `New cards per day ${before.newPerDay} → ${after.newPerDay}: applies from today; new cards already started today count towards it.`,
    );
  }
  if (before.reviewsPerDay !== after.reviewsPerDay) {
    out.push(
      `Maximum reviews per day ${before.reviewsPerDay} → ${after.reviewsPerDay}: applies from today; reviews already done today count towards it. ` +
        `Reviews held back stay due and come back on a later day.`,
    );
  }
  if (before.dayStartHour !== after.dayStartHour) {
    out.push(
      `The study day now starts at ${hour(after.dayStartHour)} instead of ${hour(before.dayStartHour)}: ` +
        `which reviews count as due "today" and when today's limits reset follow the new boundary. ` +
        `Due dates are not moved, and cards buried earlier come back when they were set to.`,
    );
  }
  return out;
}
