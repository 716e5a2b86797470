// Dates taken are read and shown as the camera wrote them, whatever zone the editor runs in.
import { describe, expect, it } from 'vitest';
import {
  formatTakenAtDate,
  formatTakenAtDateTime,
  readWallClock,
  takenAtSortKey,
} from '../../../src/editor/library/takenAt';

describe('takenAt', () => {
  it('reads the wall-clock time, ignoring any zone offset', () => {
    expect(readWallClock('2019-07-14T15:30:05')).toEqual({
      year: 2019,
      month: 7,
      day: 14,
      hour: 15,
      minute: 30,
      second: 5,
    });
    expect(readWallClock('2019-07-14T23:30:05-11:00')).toMatchObject({ day: 14, hour: 23 });
    expect(readWallClock('2019-07-14')).toMatchObject({ day: 14, hour: 0, minute: 0 });
  });

  it('knows no date in text that is not one', () => {
    for (const text of [undefined, '', 'sometime in June', '2019-13-01T00:00:00', '2019-07-14T25:00:00'])
      expect(readWallClock(text)).toBeUndefined();
  });

  it('makes sort keys that order by time', () => {
    expect(takenAtSortKey('2019-07-14T15:30')).toBe('2019-07-14T15:30:00');
    expect(takenAtSortKey('2019-07-14T09:00:00+02:00')! < takenAtSortKey('2019-07-14T15:30:05')!).toBe(true);
    expect(takenAtSortKey('June')).toBeUndefined();
  });

  it('shows a short localized date on the day written, late at night and across zones', () => {
    expect(formatTakenAtDate('2019-07-14T15:30:05', 'en-GB')).toBe('14 Jul 2019');
    expect(formatTakenAtDate('2019-07-14T23:59:59+14:00', 'en-GB')).toBe('14 Jul 2019');
    expect(formatTakenAtDate('2019-07-14T00:00:00-12:00', 'en-US')).toBe('Jul 14, 2019');
    expect(formatTakenAtDate('2019-07-14T00:00:00', 'de')).toBe('14. Juli 2019');
    expect(formatTakenAtDate(undefined)).toBeUndefined();
  });

  it('shows the time as the camera’s clock showed it', () => {
    expect(formatTakenAtDateTime('2023-02-21T14:33:08+03:00', 'en-GB')).toBe('21 Feb 2023, 14:33');
  });
});
