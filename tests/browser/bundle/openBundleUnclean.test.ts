// A received bundle's photo whose metadata the strip cannot vouch for (GPS pointers nested in each other) is
// kept as its pixels alone, as an import would keep it: no EXIF left, its size and colours, the id of its new
// bytes, and the deck's item following that id.
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { mediaPath } from '../../../src/bundle/bundleLayout';
import { openBundle } from '../../../src/bundle/openBundle';
import type { Deck, PhotoMeta } from '../../../src/model/deck';
import type { PhotoId } from '../../../src/model/ids';
import { newDeck, newPhotoItem, newSlide } from '../../../src/model/newDeck';
import { hashBytes } from '../../../src/media/hashBytes';
import { stripLocationOrFlag } from '../../../src/media/stripLocation';
import { insertAfterSoi, nestedGpsExif } from '../../unit/media/jpegBytes';
import { sizeOf, smallPixels } from '../media/importHelpers';
import { redOverBlue } from '../media/redOverBlue';

describe('a received photo that cannot be cleaned', () => {
  it('is kept as its pixels alone, under the id of its new bytes', async () => {
    const bytes = insertAfterSoi(
      await redOverBlue(40, 20, 'image/jpeg'),
      nestedGpsExif(),
    ) as Uint8Array<ArrayBuffer>;
    expect(stripLocationOrFlag(bytes.slice()).clean).toBe(false);
    const meta: PhotoMeta = {
      id: await hashBytes(bytes),
      fileName: 'photo-1.jpg',
      mimeType: 'image/jpeg',
      width: 40,
      height: 20,
      bytes: bytes.length,
    };
    const deck: Deck = {
      ...newDeck(new Date('2026-01-01T00:00:00Z'), 'From far away'),
      photos: { [meta.id]: meta },
      slides: [{ ...newSlide(), items: [newPhotoItem(meta.id, { x: 0, y: 0, width: 800, height: 400 })] }],
    };
    const zip = new JSZip();
    zip.file('deck.json', JSON.stringify(deck));
    zip.file(mediaPath(meta), bytes);
    const result = await openBundle(await zip.generateAsync({ type: 'blob' }));
    expect(result).toMatchObject({ ok: true });
    if (!result.ok) return;

    const [id] = Object.keys(result.deck.photos) as PhotoId[];
    expect(id).not.toBe(meta.id);
    const blob = result.media.get(id!)!;
    const kept = new Uint8Array(await blob.arrayBuffer());
    expect(new TextDecoder('latin1').decode(kept)).not.toContain('Exif');
    expect(await hashBytes(kept)).toBe(id);
    expect(result.deck.photos[id!]).toMatchObject({
      id,
      mimeType: 'image/jpeg',
      width: 40,
      height: 20,
      bytes: kept.length,
    });
    expect(result.deck.slides[0]!.items[0]).toMatchObject({ photoId: id });
    expect(await sizeOf(blob)).toEqual({ width: 40, height: 20 });
    const pixels = await smallPixels(blob, 4, 2);
    expect((pixels[0] ?? 0) - (pixels[2] ?? 0), 'top is red').toBeGreaterThan(150);
  });
});
