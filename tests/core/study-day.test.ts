import { describe, expect, it } from 'vitest';
import { nextStudyDayStart, studyDay } from '../../src/core/study-day';

const NY = { dayStartHour: 4, timeZone: 'America/New_York' };
/** Epoch ms of a wall-clock time in New York, given its UTC offset in hours. */
const ny = (iso: string, offset: number) => Date.parse(`${iso}${offset < 0 ? '-' : '+'}${String(Math.abs(offset)).padStart(2, '0')}:00`);

describe('study day', () => {
  it('belongs to the previous date until 04:00 local time', () => {
    expect(studyDay(ny('2025-01-15T03:59:00', -5), NY)).toBe('2025-01-14');
    expect(studyDay(ny('2025-01-15T04:01:00', -5), NY)).toBe('2025-01-15');
  });

  it('holds across the spring-forward change (2025-03-09, a 23-hour day)', () => {
    expect(studyDay(ny('2025-03-09T03:59:00', -4), NY)).toBe('2025-03-08');
    expect(studyDay(ny('2025-03-09T04:01:00', -4), NY)).toBe('2025-03-09');
    expect(studyDay(ny('2025-03-10T03:59:00', -4), NY)).toBe('2025-03-09');
    expect(studyDay(ny('2025-03-10T04:01:00', -4), NY)).toBe('2025-03-10');
  });

  it('holds across the fall-back change (2025-11-02, a 25-hour day)', () => {
    expect(studyDay(ny('2025-11-02T03:59:00', -5), NY)).toBe('2025-11-01');
    expect(studyDay(ny('2025-11-02T04:01:00', -5), NY)).toBe('2025-11-02');
    expect(studyDay(ny('2025-11-03T03:59:00', -5), NY)).toBe('2025-11-02');
    expect(studyDay(ny('2025-11-03T04:01:00', -5), NY)).toBe('2025-11-03');
  });

  it('honours another start hour', () => {
    const midnight = { dayStartHour: 0, timeZone: 'America/New_York' };
    expect(studyDay(ny('2025-01-15T00:01:00', -5), midnight)).toBe('2025-01-15');
    expect(studyDay(ny('2025-01-14T23:59:00', -5), midnight)).toBe('2025-01-14');
  });

  it('finds the next day start at 04:00 local, even over a clock change', () => {
    expect(nextStudyDayStart(ny('2025-01-15T12:00:00', -5), NY)).toBe(ny('2025-01-16T04:00:00', -5));
    expect(nextStudyDayStart(ny('2025-01-15T02:00:00', -5), NY)).toBe(ny('2025-01-15T04:00:00', -5));
    // Before the fall-back change the offset is -4; the next day starts at 04:00 EST (-5).
    expect(nextStudyDayStart(ny('2025-11-01T12:00:00', -4), NY)).toBe(ny('2025-11-02T04:00:00', -5));
    expect(nextStudyDayStart(ny('2025-03-08T12:00:00', -5), NY)).toBe(ny('2025-03-09T04:00:00', -4));
  });
});

describe('study day start', () => {
  it('is 04:00 local of the study day, before and after the boundary and over clock changes', async () => {
    const { studyDayStart } = await import('../../src/core/study-day');
    expect(studyDayStart(ny('2025-01-15T12:00:00', -5), NY)).toBe(ny('2025-01-15T04:00:00', -5));
    expect(studyDayStart(ny('2025-01-15T03:59:00', -5), NY)).toBe(ny('2025-01-14T04:00:00', -5));
    expect(studyDayStart(ny('2025-01-15T04:00:00', -5), NY)).toBe(ny('2025-01-15T04:00:00', -5));
    expect(studyDayStart(ny('2025-11-02T23:00:00', -5), NY)).toBe(ny('2025-11-02T04:00:00', -5));
    expect(studyDayStart(ny('2025-03-09T23:00:00', -4), NY)).toBe(ny('2025-03-09T04:00:00', -4));
  });
});
