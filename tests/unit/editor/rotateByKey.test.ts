// Turning the selection by key: about the photo's own centre (or the middle of several), undone by the
// opposite press, and never for text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ROTATE_STEP } from '../../../src/editor/canvas/keys/canvasKeys';
import { frameCentre } from '../../../src/editor/canvas/itemFrame';
import { normalisedAngle, rotatedTogether } from '../../../src/editor/canvas/keys/rotateByKey';
import type { PhotoItem } from '../../../src/model/deck';
import type { ItemId, PhotoId } from '../../../src/model/ids';
import { textItem } from './textItem';

const photo = (id: string, x: number, y: number, rotation = 0, width = 400, height = 300): PhotoItem => ({
  kind: 'photo',
  id: id as ItemId,
  photoId: `photo-${id}` as PhotoId,
  x,
  y,
  width,
  height,
  rotation,
  crop: { x: 0.5, y: 0.5, scale: 1 },
  cornerRadius: 0,
  borderWidth: 0,
  borderColor: '#ffffff',
});

const text = textItem();

/** The photos with a key press's changes applied, as the transformItems command does. */
const applied = (photos: readonly PhotoItem[], degrees: number): PhotoItem[] => {
  const changes = rotatedTogether(photos, degrees);
  if (!changes) throw new Error('expected the photos to turn');
  return photos.map((p) => {
    const change = changes.find((c) => c.itemId === p.id);
    return change ? { ...p, ...change } : p;
  });
};

describe('rotatedTogether', () => {
  it('turns one photo 15° clockwise about its centre, keeping its size', () => {
    const item = photo('a', 100, 200);
    const [turned] = applied([item], ROTATE_STEP);
    expect(turned!.rotation).toBe(15);
    expect(turned!.width).toBe(400);
    expect(turned!.height).toBe(300);
    // The corner moved (the photo turns about its middle, not the corner it is stored by) …
    expect(turned!.x).not.toBeCloseTo(100);
    // … and the middle stayed where it was: (300, 350).
    expect(frameCentre(turned!).x).toBeCloseTo(300);
    expect(frameCentre(turned!).y).toBeCloseTo(350);
  });

  it('keeps a quarter turn of a photo about its centre', () => {
    let item = photo('a', 0, 0);
    for (let i = 0; i < 6; i += 1) [item] = applied([item], ROTATE_STEP) as [PhotoItem];
    expect(item.rotation).toBeCloseTo(90);
    // Turned 90° clockwise about (200, 150), the top-left corner lands at the top-right of the upright box.
    expect(item.x).toBeCloseTo(350);
    expect(item.y).toBeCloseTo(-50);
  });

  it('turns several photos as one, about the middle of their centres', () => {
    const left = photo('l', 0, 0);
    const right = photo('r', 1000, 0);
    const [l, r] = applied([left, right], 90) as [PhotoItem, PhotoItem];
    // Centres (200, 150) and (1200, 150) turn a quarter about (700, 150): to (700, −350) and (700, 650).
    expect(frameCentre(l).x).toBeCloseTo(700);
    expect(frameCentre(l).y).toBeCloseTo(-350);
    expect(frameCentre(r).x).toBeCloseTo(700);
    expect(frameCentre(r).y).toBeCloseTo(650);
    expect(l.rotation).toBe(90);
    expect(r.rotation).toBe(90);
  });

  it('is undone exactly by a press the other way, for any photos', () => {
    const frame = fc.record({
      x: fc.double({ min: -2000, max: 2000, noNaN: true }),
      y: fc.double({ min: -2000, max: 2000, noNaN: true }),
      rotation: fc.double({ min: -180, max: 180, noNaN: true }),
      width: fc.double({ min: 8, max: 3000, noNaN: true }),
      height: fc.double({ min: 8, max: 3000, noNaN: true }),
    });
    fc.assert(
      fc.property(fc.array(frame, { minLength: 1, maxLength: 5 }), fc.boolean(), (frames, clockwise) => {
        const photos = frames.map((f, i) => photo(String(i), f.x, f.y, f.rotation, f.width, f.height));
        const step = clockwise ? ROTATE_STEP : -ROTATE_STEP;
        const back = applied(applied(photos, step), -step);
        back.forEach((p, i) => {
          const before = photos[i]!;
          expect(p.x).toBeCloseTo(before.x, 6);
          expect(p.y).toBeCloseTo(before.y, 6);
          expect(normalisedAngle(p.rotation - before.rotation)).toBeCloseTo(0, 6);
        });
      }),
    );
  });

  it('keeps the angle within (−180°, 180°]', () => {
    expect(normalisedAngle(195)).toBe(-165);
    expect(normalisedAngle(-180)).toBe(180);
    expect(normalisedAngle(180)).toBe(180);
    expect(normalisedAngle(-15)).toBe(-15);
    expect(normalisedAngle(360)).toBe(0);
    const [turned] = applied([photo('a', 0, 0, 170)], ROTATE_STEP);
    expect(turned!.rotation).toBeCloseTo(-175);
  });

  it('does not turn a selection holding text, as the rotate handle does not', () => {
    expect(rotatedTogether([text], ROTATE_STEP)).toBeNull();
    expect(rotatedTogether([photo('a', 0, 0), text], ROTATE_STEP)).toBeNull();
    expect(rotatedTogether([], ROTATE_STEP)).toBeNull();
  });
});
