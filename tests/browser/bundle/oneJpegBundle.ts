// A bundle as a foreign app might write it: deck.json naming one JPEG, shown on one slide, and the JPEG itself.
import JSZip from 'jszip';
import { mediaPath } from '../../../src/bundle/bundleLayout';
import { hashBytes } from '../../../src/media/hashBytes';
import type { Deck, PhotoMeta } from '../../../src/model/deck';
import { newDeck, newPhotoItem, newSlide } from '../../../src/model/newDeck';

/** `bytes` is a JPEG of `width` × `height`; the deck's entry for it says so, under the id of those bytes. */
export async function oneJpegBundle(
  bytes: Uint8Array<ArrayBuffer>,
  { width, height }: { width: number; height: number },
  title: string,
): Promise<{ bundle: Blob; meta: PhotoMeta }> {
  const meta: PhotoMeta = {
    id: await hashBytes(bytes),
    fileName: 'photo-1.jpg',
    mimeType: 'image/jpeg',
    width,
    height,
    bytes: bytes.length,
  };
  const deck: Deck = {
    ...newDeck(new Date('2026-01-01T00:00:00Z'), title),
    photos: { [meta.id]: meta },
    slides: [{ ...newSlide(), items: [newPhotoItem(meta.id, { x: 0, y: 0, width: 800, height: 400 })] }],
  };
  const zip = new JSZip();
  zip.file('deck.json', JSON.stringify(deck));
  zip.file(mediaPath(meta), bytes);
  return { bundle: await zip.generateAsync({ type: 'blob' }), meta };
}
