// Removes the location (GPS, place names) a photo carries in its metadata, so no place leaves the device.
import { isGif } from './bytes/gif';
import { isIsoBmff } from './bytes/isobmff';
import { isPng } from './bytes/png';
import { isWebp } from './bytes/riff';
import { stripContext } from './strip/context';
import { stripGif } from './strip/gif';
import { stripIsoMedia } from './strip/isoMedia';
import { stripJpeg } from './strip/jpeg';
import { stripPng } from './strip/png';
import { stripWebp } from './strip/webp';

export type StripResult = {
  /** The file without its location: the same array changed in place, a shorter view of it, or a copy. */
  readonly bytes: Uint8Array;
  /**
   * True when every place the format keeps metadata was read and cleaned. False when some could not be
   * (a structure that points past what it has, more work than the file's size allows, data this does not
   * read such as compressed XMP or an image sequence's track metadata, a format this does not know): the
   * caller must then keep only the pixels (re-encode) rather than these bytes.
   */
  readonly clean: boolean;
};

/**
 * Removes the location from a JPEG, PNG, GIF, WebP or AVIF/HEIF file: EXIF GPS IFDs are emptied (zeroed in
 * place, so no other offset moves); XMP GPS properties and place names (photoshop:City/State/Country,
 * Iptc4xmpCore:Location, Iptc4xmpExt:LocationCreated/LocationShown…, drone-dji:Gps…) are blanked with
 * spaces; IPTC-IIM city, sub-location, province/state, country and country code are blanked; PNG XMP and
 * "Raw profile type" text chunks and GIF XMP extensions are dropped whole; every image of a multi-picture
 * JPEG (MPF, gain maps) is stripped, and data after a file's end (a motion photo's video) is dropped.
 *
 * Everything else is kept as it was (orientation, capture date, colour profile, pixels), so the file
 * decodes as before. Deterministic, and idempotent for a clean result: stripping it again changes
 * nothing, so its hash is a stable id. Linear in the file's size whatever it declares; never throws.
 */
export function stripLocationOrFlag(bytes: Uint8Array): StripResult {
  const first = stripOnce(bytes);
  if (!first) return { bytes, clean: false };
  // A second pass must find nothing left to do. It does on hostile files whose structures overlap (a GPS
  // value inside an XMP packet, an IFD inside another's values), where one edit reveals or undoes another:
  // such a file is not clean, and the caller keeps only its pixels.
  const second = stripOnce(first.bytes);
  const settled = second !== undefined && second.changes === 0 && second.bytes.length === first.bytes.length;
  return { bytes: second?.bytes ?? first.bytes, clean: first.clean && settled && second.clean };
}

function stripOnce(bytes: Uint8Array): { bytes: Uint8Array; clean: boolean; changes: number } | undefined {
  const context = stripContext(bytes.length);
  let out: Uint8Array;
  if (bytes[0] === 0xff && bytes[1] === 0xd8) out = stripJpeg(bytes, context);
  else if (isPng(bytes)) out = stripPng(bytes, context);
  else if (isGif(bytes)) out = stripGif(bytes, context);
  else if (isWebp(bytes)) out = stripWebp(bytes, context);
  else if (isIsoBmff(bytes)) out = stripIsoMedia(bytes, context);
  else return undefined;
  return { bytes: out, clean: context.clean && !context.budget.exhausted, changes: context.changes };
}

/**
 * The file without its location (see stripLocationOrFlag). Use the returned array: it is the input
 * changed in place, a shorter view of it (trailing data dropped) or, for PNG and GIF chunks dropped, a copy.
 */
export function stripLocation(bytes: Uint8Array): Uint8Array {
  return stripLocationOrFlag(bytes).bytes;
}
