// A received bundle's photo whose metadata the strip cannot vouch for (GPS pointers nested in each other) is
// kept as its pixels alone, as an import would keep it: no EXIF left, its size and colours, the id of its new
// bytes, and the deck's item following that id.
import { describe, expect, it } from 'vitest';
import { openBundle } from '../../../src/bundle/openBundle';
import type { PhotoId } from '../../../src/model/ids';
import { hashBytes } from '../../../src/media/hashBytes';
import { stripLocationOrFlag } from '../../../src/media/stripLocation';
import { insertAfterSoi, nestedGpsExif } from '../../unit/media/jpegBytes';
import { sizeOf, smallPixels } from '../media/importHelpers';
import { oneJpegBundle } from './oneJpegBundle';
import { redOverBlue } from '../media/redOverBlue';

describe('a received photo that cannot be cleaned', () => {
  it('is kept as its pixels alone, under the id of its new bytes', async () => {
    const bytes = insertAfterSoi(
      await redOverBlue(40, 20, 'image/jpeg'),
      nestedGpsExif(),
    ) as Uint8Array<ArrayBuffer>;
    expect(stripLocationOrFlag(bytes.slice()).clean).toBe(false);
    const { bundle, meta } = await oneJpegBundle(bytes, { width: 40, height: 20 }, 'From far away');
    const result = await openBundle(bundle);
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
