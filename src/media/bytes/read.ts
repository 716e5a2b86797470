// Bounded readers: every read checks the end of the array, so no walker ever reads past what it was given.

/** Whether `length` bytes from `at` lie inside [0, end) (end defaults to the array's length). */
export function fits(bytes: Uint8Array, at: number, length: number, end = bytes.length): boolean {
  return at >= 0 && length >= 0 && at + length <= Math.min(end, bytes.length);
}

/** The byte at `at`, or 0 past the end. */
export function u8(bytes: Uint8Array, at: number): number {
  return bytes[at] ?? 0;
}

export function u16be(bytes: Uint8Array, at: number): number {
  return ((bytes[at] ?? 0) << 8) | (bytes[at + 1] ?? 0);
}

export function u16le(bytes: Uint8Array, at: number): number {
  return (bytes[at] ?? 0) | ((bytes[at + 1] ?? 0) << 8);
}

export function u24le(bytes: Uint8Array, at: number): number {
  return u16le(bytes, at) + (bytes[at + 2] ?? 0) * 0x10000;
}

export function u32be(bytes: Uint8Array, at: number): number {
  return (
    (bytes[at] ?? 0) * 0x1000000 +
    (((bytes[at + 1] ?? 0) << 16) | ((bytes[at + 2] ?? 0) << 8) | (bytes[at + 3] ?? 0))
  );
}

export function u32le(bytes: Uint8Array, at: number): number {
  return (
    (bytes[at + 3] ?? 0) * 0x1000000 +
    (((bytes[at + 2] ?? 0) << 16) | ((bytes[at + 1] ?? 0) << 8) | (bytes[at] ?? 0))
  );
}

/** A 64-bit big-endian value as a Number: exact below 2^53, and past that still larger than any array. */
export function u64be(bytes: Uint8Array, at: number): number {
  return u32be(bytes, at) * 0x100000000 + u32be(bytes, at + 4);
}

export function u16(bytes: Uint8Array, at: number, little: boolean): number {
  return little ? u16le(bytes, at) : u16be(bytes, at);
}

export function u32(bytes: Uint8Array, at: number, little: boolean): number {
  return little ? u32le(bytes, at) : u32be(bytes, at);
}

/** A big-endian unsigned value of 0, 1, 2, 4 or 8 bytes (ISO-BMFF's variable-size fields). */
export function uintBe(bytes: Uint8Array, at: number, size: number): number {
  if (size === 0) return 0;
  if (size === 1) return u8(bytes, at);
  if (size === 2) return u16be(bytes, at);
  if (size === 4) return u32be(bytes, at);
  if (size === 8) return u64be(bytes, at);
  return 0;
}

/** Whether the bytes at `at` spell `text` (ASCII), without building a string. */
export function matchAscii(bytes: Uint8Array, at: number, text: string): boolean {
  if (at < 0 || at + text.length > bytes.length) return false;
  for (let k = 0; k < text.length; k++) if (bytes[at + k] !== text.charCodeAt(k)) return false;
  return true;
}

/** Whether the bytes at `at` spell `text` with ASCII letters in any case. */
export function matchAsciiNoCase(bytes: Uint8Array, at: number, text: string): boolean {
  if (at < 0 || at + text.length > bytes.length) return false;
  for (let k = 0; k < text.length; k++)
    if (lower(bytes[at + k] ?? 0) !== lower(text.charCodeAt(k))) return false;
  return true;
}

/** An ASCII letter's lower case; any other byte as it is. */
export function lower(byte: number): number {
  return byte >= 0x41 && byte <= 0x5a ? byte + 0x20 : byte;
}

/** The longest string `ascii` builds: a longer (declared, hostile) length gives ''. */
export const MAX_ASCII = 256;

/** A short ASCII field as a string ('' past the end or longer than MAX_ASCII). */
export function ascii(bytes: Uint8Array, at: number, length: number): string {
  if (at < 0 || length < 0 || length > MAX_ASCII || at + length > bytes.length) return '';
  let text = '';
  for (let k = 0; k < length; k++) text += String.fromCharCode(bytes[at + k] ?? 0);
  return text;
}

/** The first `value` in [from, end), or -1: never searches past `end`. */
export function indexOfByte(bytes: Uint8Array, value: number, from: number, end = bytes.length): number {
  const stop = Math.min(end, bytes.length);
  if (from >= stop) return -1;
  const found = bytes.subarray(Math.max(0, from), stop).indexOf(value);
  return found < 0 ? -1 : Math.max(0, from) + found;
}

/** The first occurrence of the ASCII `text` in [from, end), or -1. Linear: `text` is short and fixed. */
export function indexOfAscii(bytes: Uint8Array, text: string, from: number, end = bytes.length): number {
  const first = text.charCodeAt(0);
  const stop = Math.min(end, bytes.length) - text.length;
  let at = from;
  while (at <= stop) {
    at = indexOfByte(bytes, first, at, stop + 1);
    if (at < 0) return -1;
    if (matchAscii(bytes, at, text)) return at;
    at++;
  }
  return -1;
}

/** A NUL-terminated string in [at, end) as ASCII (capped at MAX_ASCII), and where it ends. */
export function cString(
  bytes: Uint8Array,
  at: number,
  end: number,
): { text: string; next: number } | undefined {
  const nul = indexOfByte(bytes, 0, at, end);
  if (nul < 0) return undefined;
  return { text: ascii(bytes, at, Math.min(nul - at, MAX_ASCII)), next: nul + 1 };
}

export function writeU32be(bytes: Uint8Array, at: number, value: number): void {
  if (!fits(bytes, at, 4)) return;
  bytes[at] = (value >>> 24) & 0xff;
  bytes[at + 1] = (value >>> 16) & 0xff;
  bytes[at + 2] = (value >>> 8) & 0xff;
  bytes[at + 3] = value & 0xff;
}

/** Fills [start, end) clamped to the array; returns whether any byte changed. */
export function fillRange(bytes: Uint8Array, value: number, start: number, end: number): boolean {
  const from = Math.max(0, start);
  const to = Math.min(end, bytes.length);
  let changed = false;
  for (let k = from; k < to; k++) {
    if (bytes[k] !== value) {
      changed = true;
      break;
    }
  }
  if (changed) bytes.fill(value, from, to);
  return changed;
}
