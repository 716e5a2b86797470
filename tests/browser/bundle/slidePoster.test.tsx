// The bundle's first-slide picture: the first slide at its first step, as the player draws it, as a JPEG.
import { describe, expect, it } from 'vitest';
import { renderSlidePoster } from '../../../src/bundle/slidePoster';
import type { Deck, PhotoMeta } from '../../../src/model/deck';
import { loadPhotoImage } from '../../../src/slide/loadPhotoImage';
import {
  BACKGROUND,
  BLUE,
  CELLS,
  RED,
  centreOf,
  deckOf,
  isNear,
  photoItem,
  photoMeta,
  photoUrl,
  slideOf,
  solid,
  type Rgb,
} from '../slide/slideTestKit';

const red = photoMeta('a', 90, 90);
const blue = photoMeta('b', 90, 90);

async function imageLoader() {
  const urls = new Map([
    [red.id, await photoUrl(90, 90, solid(RED))],
    [blue.id, await photoUrl(90, 90, solid(BLUE))],
  ]);
  return (photo: PhotoMeta) => loadPhotoImage(urls.get(photo.id) ?? '');
}

/** The JPEG's colour at a point of the slide (in slide units, the picture being at the deck's size). */
async function pictureColours(picture: Blob, points: readonly { x: number; y: number }[]) {
  const bitmap = await createImageBitmap(picture);
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const context = canvas.getContext('2d')!;
  context.drawImage(bitmap, 0, 0);
  const colours = points.map(({ x, y }): Rgb => {
    const [r = 0, g = 0, b = 0] = context.getImageData(Math.round(x), Math.round(y), 1, 1).data;
    return [r, g, b];
  });
  return { width: bitmap.width, height: bitmap.height, colours };
}

describe('renderSlidePoster', () => {
  it('draws the first slide at the deck size with its photos where the player draws them', async () => {
    const deck = deckOf(
      [red, blue],
      [slideOf([photoItem(red, CELLS[0]!, 'item-red'), photoItem(blue, CELLS[1]!, 'item-blue')])],
    );
    const picture = await renderSlidePoster(deck, await imageLoader());
    expect(picture?.type).toBe('image/jpeg');
    const { width, height, colours } = await pictureColours(picture!, [
      centreOf(CELLS[0]!),
      centreOf(CELLS[1]!),
      { x: 5, y: 5 },
    ]);
    expect({ width, height }).toEqual(deck.size);
    const [atRed, atBlue, corner] = colours as [Rgb, Rgb, Rgb];
    expect(isNear(atRed, RED, 12)).toBe(true);
    expect(isNear(atBlue, BLUE, 12)).toBe(true);
    expect(isNear(corner, BACKGROUND, 12)).toBe(true);
  });

  it('shows a quiz slide at its first step: the question, no photo yet', async () => {
    const first = photoItem(red, CELLS[0]!, 'item-red');
    const deck: Deck = deckOf([red], [slideOf([first], [first])]);
    const picture = await renderSlidePoster(deck, await imageLoader());
    const { colours } = await pictureColours(picture!, [
      { x: CELLS[0]!.x + CELLS[0]!.width / 2, y: CELLS[0]!.y + 30 },
    ]);
    expect(isNear(colours[0]!, RED, 40)).toBe(false);
  });

  it('gives nothing for a deck without slides, and leaves nothing on the page', async () => {
    const before = document.body.childElementCount;
    expect(await renderSlidePoster(deckOf([], []), await imageLoader())).toBeNull();
    const deck = deckOf([red], [slideOf([photoItem(red, CELLS[0]!, 'item-red')])]);
    await renderSlidePoster(deck, await imageLoader());
    expect(document.body.childElementCount).toBe(before);
  });
});
