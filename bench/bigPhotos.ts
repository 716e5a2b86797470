// 12 MP phone-sized JPEGs drawn by the benchmark, detailed enough to weigh what a phone's photos weigh (~4 MB).
import { hashBytes } from '../src/media/hashBytes';
import type { Deck, PhotoMeta } from '../src/model/deck';
import { newDeck } from '../src/model/newDeck';
import { commands } from '../src/store/commands';
import { PHONE_JPEG_QUALITY, PHONE_LONG_EDGE, PHONE_SHORT_EDGE } from './fixturePhotos';

/** Distinct pictures drawn; every photo asked for is one of them with its own bytes appended (see below). */
const DISTINCT_PICTURES = 4;
/** Drawing and encoding one takes 1–2 s here, so they are made once per page and shared by the benchmarks. */
let pictures: Promise<Blob[]> | undefined;
/** Variants made so far of each drawn picture, so copies stay distinct across calls in the same page. */
const variants: number[] = [];

/**
 * The original's bytes are kept as bytes, not as a Blob: the bench page's context keeps Blobs in memory only
 * (no profile on disk to page them to), and 100 photos plus a bundle of the same size went past its limit
 * (reads failed with NotReadableError). The exporter gets a new Blob at each read, as the editor's store gives.
 */
export type BigPhoto = { readonly meta: PhotoMeta; readonly bytes: Uint8Array<ArrayBuffer> };
export type BigPhotoDeck = {
  readonly deck: Deck;
  readonly originals: ReadonlyMap<string, Uint8Array<ArrayBuffer>>;
};

const PHOTOS_PER_SLIDE = 6;

/** A small xorshift generator: the same pictures every run, so the bundle sizes compare between runs. */
function randomFrom(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return state / 4294967296;
  };
}

function noise(width: number, height: number, random: () => number, colour: boolean): OffscreenCanvas {
  const canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2D canvas context');
  const image = context.createImageData(width, height);
  const data = image.data;
  for (let i = 0; i < data.length; i += 4) {
    const grey = random() * 255;
    data[i] = colour ? random() * 255 : grey;
    data[i + 1] = colour ? random() * 255 : grey;
    data[i + 2] = colour ? random() * 255 : grey;
    data[i + 3] = 255;
  }
  context.putImageData(image, 0, 0);
  return canvas;
}

/**
 * Broad areas of colour, smaller shapes, texture and sensor grain, each a random image scaled up smoothly:
 * a JPEG of it at q0.9 weighs 3.9–4.7 MB, like a phone's 12 MP photo (gradients and discs alone would
 * weigh a tenth of that and make the export look faster than it is). Every fourth one stands upright.
 */
async function drawPicture(index: number): Promise<Blob> {
  const random = randomFrom(1234 + index * 7919);
  const upright = index % 4 === 3;
  const width = upright ? PHONE_SHORT_EDGE : PHONE_LONG_EDGE;
  const height = upright ? PHONE_LONG_EDGE : PHONE_SHORT_EDGE;
  const canvas = new OffscreenCanvas(width, height);
  try {
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2D canvas context');
    context.imageSmoothingEnabled = true;
    context.imageSmoothingQuality = 'high';
    context.drawImage(noise(16, 12, random, true), 0, 0, width, height);
    context.globalAlpha = 0.3;
    context.drawImage(noise(250, 188, random, true), 0, 0, width, height);
    context.drawImage(noise(1000, 750, random, false), 0, 0, width, height);
    context.globalAlpha = 0.09 + (index % 3) * 0.01;
    const grain = context.createPattern(noise(509, 503, random, false), 'repeat');
    if (!grain) throw new Error('no canvas pattern');
    context.fillStyle = grain;
    context.fillRect(0, 0, width, height);
    return await canvas.convertToBlob({ type: 'image/jpeg', quality: PHONE_JPEG_QUALITY });
  } finally {
    canvas.width = 0;
    canvas.height = 0;
  }
}

function distinctPictures(): Promise<Blob[]> {
  pictures ??= (async () => {
    const made: Blob[] = [];
    // One at a time: several 12 MP canvases at once would only raise setup's memory peak.
    for (let index = 0; index < DISTINCT_PICTURES; index += 1) made.push(await drawPicture(index));
    return made;
  })();
  return pictures;
}

/** A JPEG's "define quantization table" marker. */
const DQT = 0xdb;

/**
 * The picture with one entry of its first quantization table raised, chosen by `variant`: the decoder
 * scales that frequency of every 8×8 block a little differently, so the copy has its own bytes *and* its
 * own pixels (a photo resized for "Email" is then a new JPEG too, not a duplicate the bundle stores once),
 * at the cost of a copy instead of an encode. The compressed data, and so the size, stay the same.
 */
function variantOf(picture: Uint8Array, variant: number): Uint8Array<ArrayBuffer> {
  const bytes = picture.slice();
  let at = 2; // after the start-of-image marker
  while (at + 4 < bytes.length && bytes[at] === 0xff) {
    const marker = bytes[at + 1] as number;
    const length = ((bytes[at + 2] as number) << 8) | (bytes[at + 3] as number);
    if (marker === DQT) {
      // The segment's first table: a precision/id byte, then 64 one-byte entries (precision 0, as encoders write).
      if ((bytes[at + 4] as number) >> 4 !== 0) throw new Error('bench: a 16-bit quantization table');
      const entry = at + 5 + 1 + (variant % 63); // leaves the DC entry (brightness) alone
      const raised = (bytes[entry] as number) + 1 + Math.floor(variant / 63);
      if (raised > 255) throw new Error('bench: too many variants of one picture');
      bytes[entry] = raised;
      return bytes;
    }
    at += 2 + length;
  }
  throw new Error('bench: no quantization table in the drawn JPEG');
}

/**
 * `count` photos as the editor would hold them (metadata with the SHA-256 id the import gives, and the
 * original's bytes), cycling through the drawn pictures, each copy a variant of its own (see above) so
 * nothing is deduplicated, not even after resizing.
 */
export async function bigPhotos(count: number): Promise<BigPhoto[]> {
  const drawn = await Promise.all(
    (await distinctPictures()).map(async (b) => new Uint8Array(await b.arrayBuffer())),
  );
  const photos: BigPhoto[] = [];
  for (let i = 0; i < count; i += 1) {
    const index = i % drawn.length;
    const variant = variants[index] ?? 0;
    variants[index] = variant + 1;
    const bytes = variantOf(drawn[index] as Uint8Array, variant);
    const upright = index % 4 === 3;
    photos.push({
      bytes,
      meta: {
        id: await hashBytes(bytes),
        fileName: `bench-${i + 1}.jpg`,
        mimeType: 'image/jpeg',
        width: upright ? PHONE_SHORT_EDGE : PHONE_LONG_EDGE,
        height: upright ? PHONE_LONG_EDGE : PHONE_SHORT_EDGE,
        bytes: bytes.byteLength,
      },
    });
  }
  return photos;
}

/** A deck built the way the editor builds one: the photos added, then automatic collages of six. */
export async function bigPhotoDeck(count: number): Promise<BigPhotoDeck> {
  const photos = await bigPhotos(count);
  let deck = commands.addPhotos.apply(newDeck(new Date(), 'Bench deck'), {
    photos: photos.map((photo) => photo.meta),
  });
  for (let i = 0; i < photos.length; i += PHOTOS_PER_SLIDE) {
    const photoIds = photos.slice(i, i + PHOTOS_PER_SLIDE).map((photo) => photo.meta.id);
    deck = commands.addSlide.apply(deck, { photoIds });
  }
  return { deck, originals: new Map(photos.map((photo) => [photo.meta.id, photo.bytes])) };
}

/** What the exporter reads a photo with: the original's bytes, as the editor's media store gives them. */
export function readOriginal(
  originals: ReadonlyMap<string, Uint8Array<ArrayBuffer>>,
): (photo: PhotoMeta) => Promise<Blob> {
  return async (photo) => {
    const original = originals.get(photo.id);
    if (!original) throw new Error(`bench: no original for ${photo.fileName}`);
    return new Blob([original], { type: photo.mimeType });
  };
}

/** The real player script when the Vite plugin builds it, or a stand-in of its size. */
export async function loadPlayerScript(): Promise<{ playerScript: string; playerNote: string }> {
  try {
    const { playerScript } = await import('virtual:bundle-player');
    return { playerScript, playerNote: 'the real player script' };
  } catch {
    // The stand-in has the real player's size, but compresses far better than real code.
    return { playerScript: 'x'.repeat(650_000), playerNote: 'a 650 kB stand-in for the player script' };
  }
}
