// Reads when a photo was taken (EXIF DateTimeOriginal) as an ISO 8601 string; never fails an import.

/** Camera clocks are sometimes wrong; a date this far past `now` is ignored rather than believed. */
const FUTURE_TOLERANCE_MS = 24 * 60 * 60 * 1000;
const EARLIEST_YEAR = 1900;

/**
 * The EXIF capture time, or undefined when there is none, it is blank or impossible, or the metadata
 * cannot be parsed. EXIF stores local wall-clock time without a zone, so the result carries an offset
 * only when the camera recorded one (OffsetTimeOriginal); converting through Date would shift the time
 * by the importing machine's zone.
 */
export async function readTakenAt(bytes: Uint8Array, now: Date = new Date()): Promise<string | undefined> {
  let tags: unknown;
  try {
    // exifr is loaded on the first import, not with the app.
    const { default: exifr } = await import('exifr');
    tags = await exifr.parse(bytes, {
      pick: ['DateTimeOriginal', 'OffsetTimeOriginal'],
      reviveValues: false,
    });
  } catch {
    return undefined;
  }
  if (typeof tags !== 'object' || tags === null) return undefined;
  const { DateTimeOriginal: dateTime, OffsetTimeOriginal: offset } = tags as Record<string, unknown>;
  return exifDateToIso(dateTime, offset, now);
}

/** "2019:07:14 15:30:05" (+ "+02:00") → "2019-07-14T15:30:05+02:00"; undefined for anything else. */
export function exifDateToIso(dateTime: unknown, offset: unknown, now: Date): string | undefined {
  if (typeof dateTime !== 'string') return undefined;
  const match = /^(\d{4}):(\d{2}):(\d{2})[ T](\d{2}):(\d{2}):(\d{2})/.exec(dateTime.trim());
  if (!match) return undefined;
  const [year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0] = match.slice(1).map(Number);
  const asUtc = Date.UTC(year, month - 1, day, hour, minute, second);
  const check = new Date(asUtc);
  // Date.UTC rolls 2019-02-30 over to March; a roll-over means the date does not exist.
  const exists =
    check.getUTCFullYear() === year &&
    check.getUTCMonth() === month - 1 &&
    check.getUTCDate() === day &&
    hour < 24 &&
    minute < 60 &&
    second < 60;
  if (!exists || year < EARLIEST_YEAR || asUtc > now.getTime() + FUTURE_TOLERANCE_MS) return undefined;
  const local = `${match[1]}-${match[2]}-${match[3]}T${match[4]}:${match[5]}:${match[6]}`;
  const zone = typeof offset === 'string' && /^[+-]\d{2}:\d{2}$/.test(offset.trim()) ? offset.trim() : '';
  return local + zone;
}
