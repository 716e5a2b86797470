// IPTC-IIM records and the Photoshop image resources (APP13, TIFF tag 34377) that carry them.
import { fits, matchAscii, u16be, u32be, u8 } from './read';

const SPACE = 0x20;

/** Application record (2) datasets that name a place: content location code and name, city,
 * sub-location, province/state, country code and country name. */
const PLACE_DATASETS = new Set([26, 27, 90, 92, 95, 100, 101]);

export type IimRecord = {
  readonly record: number;
  readonly dataset: number;
  readonly value: number;
  readonly end: number;
};

/** The IIM records in [start, end): each is 0x1C, record, dataset, a length (or an extended one), the value. */
export function* iimRecords(bytes: Uint8Array, start: number, end: number): Generator<IimRecord> {
  const stop = Math.min(end, bytes.length);
  let at = start;
  while (at + 5 <= stop && bytes[at] === 0x1c) {
    let length = u16be(bytes, at + 3);
    let header = 5;
    if (length & 0x8000) {
      // An extended dataset: the low 15 bits give how many bytes hold the length.
      const size = length & 0x7fff;
      if (size > 4 || !fits(bytes, at + 5, size, stop)) return;
      length = 0;
      for (let k = 0; k < size; k++) length = length * 256 + u8(bytes, at + 5 + k);
      header += size;
    }
    const value = at + header;
    const valueEnd = Math.min(value + length, stop);
    yield { record: u8(bytes, at + 1), dataset: u8(bytes, at + 2), value, end: valueEnd };
    at = valueEnd;
  }
}

/** Blanks (with spaces) the place datasets of the IIM in [start, end). */
export function blankIimPlaces(bytes: Uint8Array, start: number, end: number): boolean {
  let changed = false;
  for (const record of iimRecords(bytes, start, end)) {
    if (record.record !== 2 || !PLACE_DATASETS.has(record.dataset)) continue;
    for (let k = record.value; k < record.end; k++) {
      if (bytes[k] !== SPACE) {
        bytes[k] = SPACE;
        changed = true;
      }
    }
  }
  return changed;
}

export type ImageResource = { readonly id: number; readonly data: number; readonly end: number };

const SIGNATURES = ['8BIM', 'PHUT', 'AgHg', 'DCSR', 'MeSa'];

/** The image resources in [start, end): signature, id, padded Pascal name, 4-byte size, data padded to even. */
export function* imageResources(bytes: Uint8Array, start: number, end: number): Generator<ImageResource> {
  const stop = Math.min(end, bytes.length);
  let at = start;
  while (at + 12 <= stop && SIGNATURES.some((s) => matchAscii(bytes, at, s))) {
    const id = u16be(bytes, at + 4);
    const nameLength = u8(bytes, at + 6);
    const sizeAt = at + 6 + nameLength + 1 + ((nameLength + 1) % 2);
    if (!fits(bytes, sizeAt, 4, stop)) return;
    const size = u32be(bytes, sizeAt);
    const data = sizeAt + 4;
    const dataEnd = Math.min(data + size, stop);
    yield { id, data, end: dataEnd };
    at = data + size + (size % 2);
  }
}

export const RESOURCE_IPTC = 0x0404;
export const RESOURCE_XMP = 0x0424;
