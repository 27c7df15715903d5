import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  describeChange,
  parseSteps,
  resolveSettings,
  toQueueOptions,
  toSchedulerSettings,
  validateOverride,
  validateSettings,
  type StudySettings,
} from '../../src/core/settings';
import { createScheduler, preview } from '../../src/core/scheduler';

const form = {
  retention: '0.9',
  newPerDay: '20',
  reviewsPerDay: '200',
  dayStartHour: '4',
  maximumInterval: '36500',
  learningSteps: '1m 10m',
  relearningSteps: '10m',
  fuzz: 'on',
};

describe('DEFAULT_SETTINGS', () => {
  it('holds the issue 2 defaults', () => {
    expect(DEFAULT_SETTINGS).toEqual({
      retention: 0.9,
      newPerDay: 20,
      reviewsPerDay: 200,
      dayStartHour: 4,
      maximumInterval: 36500,
      learningSteps: ['1m', '10m'],
      relearningSteps: ['10m'],
      fuzz: true,
    });
  });
});

describe('validateSettings', () => {
  it('accepts a whole form of strings and converts every field', () => {
    const r = validateSettings(form);
    expect(r).toEqual({ ok: true, value: DEFAULT_SETTINGS });
  });

  it('accepts typed values too', () => {
    const r = validateSettings({ retention: 0.85, fuzz: false, learningSteps: ['5m'] });
    expect(r.ok && r.value).toMatchObject({ retention: 0.85, fuzz: false, learningSteps: ['5m'] });
  });

  it('keeps fields left out at their base value', () => {
    const base: StudySettings = { ...DEFAULT_SETTINGS, newPerDay: 7 };
    const r = validateSettings({ reviewsPerDay: '50' }, base);
    expect(r.ok && r.value).toEqual({ ...base, reviewsPerDay: 50 });
  });

  it('accepts the retention bounds and a percentage', () => {
    expect(validateSettings({ retention: '0.70' }).ok).toBe(true);
    expect(validateSettings({ retention: '0.99' }).ok).toBe(true);
    const pct = validateSettings({ retention: '85%' });
    expect(pct.ok && pct.value.retention).toBe(0.85);
  });

  it.each([
    ['retention', '0.69', 'Desired retention must be between 0.70 and 0.99.'],
    ['retention', '1', 'Desired retention must be between 0.70 and 0.99.'],
    ['retention', '90', 'Desired retention must be between 0.70 and 0.99.'],
    ['retention', 'high', 'Desired retention must be between 0.70 and 0.99.'],
    ['retention', '', 'Desired retention must be between 0.70 and 0.99.'],
    ['newPerDay', '-1', 'New cards per day must be a whole number from 0 to 9999.'],
    ['newPerDay', '2.5', 'New cards per day must be a whole number from 0 to 9999.'],
    ['newPerDay', '', 'New cards per day must be a whole number from 0 to 9999.'],
    ['reviewsPerDay', '10000', 'Maximum reviews per day must be a whole number from 0 to 9999.'],
    ['reviewsPerDay', 'lots', 'Maximum reviews per day must be a whole number from 0 to 9999.'],
    ['dayStartHour', '24', 'The study day must start at a whole hour from 0 to 23.'],
    ['dayStartHour', '-1', 'The study day must start at a whole hour from 0 to 23.'],
    ['dayStartHour', '4.5', 'The study day must start at a whole hour from 0 to 23.'],
    ['maximumInterval', '0', 'Maximum interval must be a whole number of days from 1 to 36500.'],
    ['maximumInterval', '36501', 'Maximum interval must be a whole number of days from 1 to 36500.'],
    ['learningSteps', '1m 10x', 'Learning steps: "10x" is not a duration. Write steps like "1m 10m" (m minutes, h hours, d days).'],
    ['learningSteps', '10', 'Learning steps: "10" is not a duration. Write steps like "1m 10m" (m minutes, h hours, d days).'],
    ['learningSteps', '0m', 'Learning steps: each step must be longer than zero.'],
    ['relearningSteps', '1.5m', 'Relearning steps: "1.5m" is not a whole number of minutes.'],
    ['relearningSteps', 'm10', 'Relearning steps: "m10" is not a duration. Write steps like "1m 10m" (m minutes, h hours, d days).'],
    ['fuzz', 'maybe', 'Fuzz must be on or off.'],
  ] as const)('refuses %s = %j with a message for that field alone', (field, value, message) => {
    const r = validateSettings({ ...form, [field]: value });
    expect(r).toEqual({ ok: false, errors: { [field]: message } });
  });

  it('reports every bad field at once and returns no value', () => {
    const r = validateSettings({ ...form, retention: '2', newPerDay: 'x', fuzz: 'perhaps' });
    expect(r.ok).toBe(false);
    expect(r).not.toHaveProperty('value');
    expect(Object.keys(!r.ok ? r.errors : {}).sort()).toEqual(['fuzz', 'newPerDay', 'retention']);
  });

  it('rewrites fractional steps in whole minutes, because ts-fsrs reads steps with parseInt', () => {
    expect(parseSteps('1.5h, 0.5d', 'Learning steps')).toEqual({ ok: true, value: ['90m', '720m'] });
    const r = validateSettings({ learningSteps: '1.5h' });
    expect(r.ok && r.value.learningSteps).toEqual(['90m']);
  });

  it('allows no learning steps at all (cards graduate on their first Good)', () => {
    const r = validateSettings({ learningSteps: '' });
    expect(r.ok && r.value.learningSteps).toEqual([]);
  });

  it('refuses more than ten steps', () => {
    const r = validateSettings({ learningSteps: Array.from({ length: 11 }, () => '1m').join(' ') });
    expect(r.ok).toBe(false);
  });
});

describe('validateOverride', () => {
  it('drops empty fields, meaning "use the app-wide value"', () => {
    expect(validateOverride({ retention: '', newPerDay: '5', fuzz: null })).toEqual({ ok: true, value: { newPerDay: 5 } });
  });
  it('refuses a bad field with the same message as the app-wide form', () => {
    expect(validateOverride({ dayStartHour: '25' })).toEqual({
      ok: false,
      errors: { dayStartHour: 'The study day must start at a whole hour from 0 to 23.' },
    });
  });
});

describe('resolveSettings', () => {
  it('lays the deck override over the app-wide settings without sharing arrays', () => {
    const global: StudySettings = { ...DEFAULT_SETTINGS, newPerDay: 10 };
    const r = resolveSettings(global, { retention: 0.8, learningSteps: ['5m'] });
    expect(r).toEqual({ ...global, retention: 0.8, learningSteps: ['5m'] });
    r.relearningSteps.push('1d');
    expect(global.relearningSteps).toEqual(['10m']);
  });
  it('is the app-wide settings when there is no override', () => {
    expect(resolveSettings(DEFAULT_SETTINGS)).toEqual(DEFAULT_SETTINGS);
    expect(resolveSettings(DEFAULT_SETTINGS, {})).toEqual(DEFAULT_SETTINGS);
  });
});

describe('toSchedulerSettings and toQueueOptions', () => {
  it('feed the scheduler: a lower maximum interval caps the Easy interval', () => {
    const now = Date.UTC(2025, 0, 1, 12);
    const s = resolveSettings(DEFAULT_SETTINGS, { maximumInterval: 2, fuzz: false, learningSteps: [] });
    const sched = createScheduler(toSchedulerSettings(s));
    const p = preview(sched, undefined, now);
    expect(p[4].state.scheduled_days).toBeLessThanOrEqual(2);
  });
  it('feed the queue with limits and the day start', () => {
    const s = resolveSettings(DEFAULT_SETTINGS, { newPerDay: 3, dayStartHour: 6 });
    expect(toQueueOptions(s, 'Europe/Paris')).toEqual({
      limits: { newPerDay: 3, reviewsPerDay: 200 },
      day: { dayStartHour: 6, timeZone: 'Europe/Paris' },
    });
  });
});

describe('describeChange', () => {
  it('says nothing when nothing changed', () => {
    expect(describeChange(DEFAULT_SETTINGS, { ...DEFAULT_SETTINGS })).toEqual([]);
  });
  it('says scheduling changes apply from the next answer and move no due date', () => {
    const lines = describeChange(DEFAULT_SETTINGS, { ...DEFAULT_SETTINGS, retention: 0.95, maximumInterval: 365, fuzz: false });
    expect(lines).toHaveLength(3);
    for (const line of lines) {
      expect(line).toContain("next answer");
      expect(line).toContain('Due dates already set are not moved.');
    }
    expect(lines[0]).toContain('shorter');
  });
  it('says limits apply from today', () => {
    const [line] = describeChange(DEFAULT_SETTINGS, { ...DEFAULT_SETTINGS, newPerDay: 5 });
    expect(line).toMatch(/New cards per day 20 → 5: applies from today/);
  });
  it('says a day-start change moves the study-day boundary', () => {
    const [line] = describeChange(DEFAULT_SETTINGS, { ...DEFAULT_SETTINGS, dayStartHour: 0 });
    expect(line).toContain('starts at midnight instead of 4 a.m.');
  });
  it('mentions changed steps', () => {
    const lines = describeChange(DEFAULT_SETTINGS, { ...DEFAULT_SETTINGS, learningSteps: ['5m'], relearningSteps: [] });
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain('"1m 10m" → "5m"');
  });
});
