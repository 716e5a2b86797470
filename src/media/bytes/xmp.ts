// Blanks location in an XMP packet (GPS properties, place names) with one forward scan of its markup.
import { fillRange, indexOfAscii, indexOfByte, matchAscii } from './read';

const SPACE = 0x20;
const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const EQUALS = 0x3d;
const BANG = 0x21;
const QUESTION = 0x3f;

/** How deep elements may nest before the rest of the packet is blanked rather than followed. */
const MAX_DEPTH = 256;
const MAX_NAME = 256;

/**
 * Local names (any namespace prefix, any case) whose values are a place: IPTC Core and Extension
 * (Iptc4xmpCore:Location, CountryCode; Iptc4xmpExt:LocationCreated / LocationShown and their City,
 * ProvinceState, CountryName, Sublocation, WorldRegion…), photoshop:City / State / Country, xmpDM:shotLocation.
 * Every name starting with "gps" is one too (exif:GPSLatitude, drone-dji:GpsLongitude, GpsAltitude…).
 */
const PLACE_NAMES = new Set([
  'city',
  'state',
  'country',
  'countryname',
  'countrycode',
  'provincestate',
  'sublocation',
  'location',
  'locationname',
  'locationcreated',
  'locationshown',
  'locationid',
  'worldregion',
  'shotlocation',
  'latitude',
  'longitude',
]);

/** Whether an element or attribute name is a location property. */
export function isLocationName(name: string): boolean {
  const colon = name.lastIndexOf(':');
  const prefix = colon < 0 ? '' : name.slice(0, colon);
  if (name === 'xmlns' || prefix === 'xmlns' || prefix === 'xml' || prefix === 'rdf' || prefix === 'x')
    return false;
  const local = name.slice(colon + 1).toLowerCase();
  return local.startsWith('gps') || PLACE_NAMES.has(local);
}

/** Attributes of a location element that say how to read it, not what it holds: kept so the RDF stays valid. */
function isStructural(name: string): boolean {
  return name === 'xmlns' || name.startsWith('xmlns:') || name.startsWith('xml:') || name === 'rdf:parseType';
}

/**
 * Blanks, with spaces, every location value in the XMP markup in [start, end): a location attribute's
 * value, and a location element's other attributes and whole content (text, CDATA, nested structures), so
 * the packet keeps its length and stays well formed. Comments are blanked too. Markup that cannot be read
 * (an unterminated tag, quote, comment or CDATA; nesting past 256; a packet that is not UTF-8) is blanked
 * from there to the end. One forward pass: every search starts where the last one ended.
 */
export function blankXmpLocation(bytes: Uint8Array, start: number, end: number): boolean {
  const stop = Math.min(end, bytes.length);
  let changed = false;
  const blank = (from: number, to: number) => {
    if (fillRange(bytes, SPACE, from, to)) changed = true;
  };
  if (isWide(bytes, start, stop)) {
    blank(start, stop);
    return changed;
  }
  const stack: string[] = [];
  let locationDepth = -1; // the stack depth where the outermost open location element sits
  let blankFrom = 0;
  let i = start;
  const skipSpaces = (at: number) => {
    let k = at;
    while (k < stop && isSpace(bytes[k] ?? 0)) k++;
    return k;
  };
  while (i < stop) {
    const lt = indexOfByte(bytes, LT, i, stop);
    if (lt < 0) break;
    const next = bytes[lt + 1];
    let close: number;
    if (next === BANG || next === QUESTION) {
      const [opening, closing] = matchAscii(bytes, lt, '<!--')
        ? ['<!--', '-->']
        : matchAscii(bytes, lt, '<![CDATA[')
          ? ['<![CDATA[', ']]>']
          : next === QUESTION
            ? ['<?', '?>']
            : ['<!', '>'];
      close = indexOfAscii(bytes, closing, lt + opening.length, stop);
      if (close < 0) {
        blank(lt, stop);
        break;
      }
      if (opening === '<!--') blank(lt + opening.length, close);
      i = close + closing.length;
      continue;
    }
    if (next === SLASH) {
      const name = readName(bytes, lt + 2, stop);
      close = indexOfByte(bytes, GT, name.next, stop);
      if (close < 0) {
        blank(lt, stop);
        break;
      }
      // An end tag closes its element and any left open inside it; one that matches nothing is ignored.
      const depth = stack.lastIndexOf(name.text);
      if (depth >= 0) {
        if (locationDepth >= depth) {
          blank(blankFrom, lt);
          locationDepth = -1;
        }
        stack.length = depth;
      }
      i = close + 1;
      continue;
    }
    const name = readName(bytes, lt + 1, stop);
    if (name.text === '') {
      i = lt + 1; // a lone '<' in text
      continue;
    }
    const locationElement = isLocationName(name.text);
    let j = name.next;
    let selfClosing = false;
    let broken = false;
    for (;;) {
      j = skipSpaces(j);
      const c = bytes[j];
      if (j >= stop || c === undefined) {
        broken = true;
        break;
      }
      if (c === GT) {
        j++;
        break;
      }
      if (c === SLASH && bytes[j + 1] === GT) {
        selfClosing = true;
        j += 2;
        break;
      }
      const attribute = readName(bytes, j, stop);
      j = skipSpaces(attribute.next);
      if (attribute.text === '' || bytes[j] !== EQUALS) {
        broken = true;
        break;
      }
      j = skipSpaces(j + 1);
      const quote = bytes[j];
      const valueEnd = quote === 0x22 || quote === 0x27 ? indexOfByte(bytes, quote, j + 1, stop) : -1;
      if (valueEnd < 0) {
        broken = true;
        break;
      }
      if (isLocationName(attribute.text) || (locationElement && !isStructural(attribute.text))) {
        blank(j + 1, valueEnd);
      }
      j = valueEnd + 1;
    }
    if (broken || (!selfClosing && stack.length >= MAX_DEPTH)) {
      blank(locationDepth >= 0 ? blankFrom : lt, stop);
      locationDepth = -1;
      break;
    }
    if (!selfClosing) {
      if (locationElement && locationDepth < 0) {
        locationDepth = stack.length;
        blankFrom = j;
      }
      stack.push(name.text);
    }
    i = j;
  }
  // A location element still open at the end: its content runs to the end.
  if (locationDepth >= 0) blank(blankFrom, stop);
  return changed;
}

/** A tag or attribute name from `at`: up to a space, '>', '/', '=', a quote or '<' (at most 256 bytes). */
function readName(bytes: Uint8Array, at: number, stop: number): { text: string; next: number } {
  let k = at;
  let text = '';
  while (k < stop && k - at < MAX_NAME) {
    const c = bytes[k] ?? 0;
    if (isSpace(c) || c === GT || c === SLASH || c === EQUALS || c === LT || c === 0x22 || c === 0x27) break;
    text += String.fromCharCode(c);
    k++;
  }
  return { text, next: k };
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}

/** UTF-16 or UTF-32 (a byte-order mark, or a NUL among the first bytes): not markup this scan can read. */
function isWide(bytes: Uint8Array, start: number, stop: number): boolean {
  if (
    (bytes[start] === 0xfe && bytes[start + 1] === 0xff) ||
    (bytes[start] === 0xff && bytes[start + 1] === 0xfe)
  ) {
    return true;
  }
  return indexOfByte(bytes, 0, start, Math.min(stop, start + 64)) >= 0;
}
