// When a photo was taken, read and shown as the camera wrote it: local wall-clock time, never shifted by zone.

export type WallClock = {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
};

// The deck stores "2019-07-14T15:30:05", optionally with a zone offset that is deliberately ignored here:
// the time the photographer's clock showed is what people recognise and what sorts a trip in order.
const TAKEN_AT = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?/;

/** The date and time in `takenAt`, or undefined when there is none or it is not a date. */
export function readWallClock(takenAt: string | undefined): WallClock | undefined {
  const match = takenAt === undefined ? null : TAKEN_AT.exec(takenAt);
  if (!match) return undefined;
  const [year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0] = match
    .slice(1)
    .map((part) => (part === undefined ? 0 : Number(part)));
  const valid = month >= 1 && month <= 12 && day >= 1 && day <= 31 && hour < 24 && minute < 60 && second < 60;
  return valid ? { year, month, day, hour, minute, second } : undefined;
}

/** A string that sorts in time order, e.g. "2019-07-14T15:30:05"; undefined when the date is unknown. */
export function takenAtSortKey(takenAt: string | undefined): string | undefined {
  const clock = readWallClock(takenAt);
  if (!clock) return undefined;
  const two = (n: number) => String(n).padStart(2, '0');
  return `${String(clock.year).padStart(4, '0')}-${two(clock.month)}-${two(clock.day)}T${two(clock.hour)}:${two(clock.minute)}:${two(clock.second)}`;
}

/** A short date in the reader's language, e.g. "14 Jul 2019"; undefined when the date is unknown. */
export function formatTakenAtDate(takenAt: string | undefined, locale?: string): string | undefined {
  return format(takenAt, { day: 'numeric', month: 'short', year: 'numeric' }, locale);
}

/** The date and time, e.g. "14 Jul 2019, 15:30"; undefined when the date is unknown. */
export function formatTakenAtDateTime(takenAt: string | undefined, locale?: string): string | undefined {
  return format(
    takenAt,
    { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' },
    locale,
  );
}

function format(
  takenAt: string | undefined,
  options: Intl.DateTimeFormatOptions,
  locale: string | undefined,
): string | undefined {
  const clock = readWallClock(takenAt);
  if (!clock) return undefined;
  // The wall-clock parts are written into a UTC date and formatted in UTC, so no zone can shift them.
  const date = new Date(0);
  date.setUTCFullYear(clock.year, clock.month - 1, clock.day);
  date.setUTCHours(clock.hour, clock.minute, clock.second);
  return new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }).format(date);
}
