// The player's first slide: it tells the bundle's page when that slide is drawn with all its photos (the page
// then takes away its first-slide picture), and a broken photo does not leave it loading for ever.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { PhotoMeta } from '../../../src/model/deck';
import { Player } from '../../../src/present/Player';
import {
  BLUE,
  CELLS,
  GREEN,
  centreOf,
  deckOf,
  isNear,
  mount,
  photoItem,
  photoMeta,
  photoUrl,
  slideColourAt,
  slideOf,
  solid,
  stageIn,
  useRenderingCleanup,
  whileLoading,
} from '../slide/slideTestKit';

const BOX = { width: 640, height: 360 };
const SCALE = BOX.width / 1920;
const green = photoMeta('c', 90, 90);
const blue = photoMeta('b', 90, 90);
const broken = photoMeta('d', 90, 90);
const urls = new Map<string, string>();
let brokenUrl = '';

beforeAll(async () => {
  urls.set(green.id, await photoUrl(90, 90, solid(GREEN)));
  urls.set(blue.id, await photoUrl(90, 90, solid(BLUE)));
  brokenUrl = URL.createObjectURL(new Blob(['not an image'], { type: 'image/png' }));
  urls.set(broken.id, brokenUrl);
  return () => URL.revokeObjectURL(brokenUrl);
});

const photoUrlOf = (photo: PhotoMeta) => urls.get(photo.id);

async function renderPlayer(photos: readonly PhotoMeta[], onFirstSlideDrawn: () => void) {
  // Slide 1 shows the given photos, one per cell; slide 2 (a neighbour the player also loads) a blue one.
  const deck = deckOf(
    [...photos, blue],
    [
      slideOf(photos.map((photo, i) => photoItem(photo, CELLS[i]!, `item-${i}`))),
      slideOf([photoItem(blue, CELLS[2]!, 'item-blue')]),
    ],
  );
  const { container } = await mount(
    <Player deck={deck} photoUrl={photoUrlOf} onFirstSlideDrawn={onFirstSlideDrawn} />,
    { width: `${BOX.width}px`, height: `${BOX.height}px`, position: 'relative', transform: 'translateZ(0)' },
  );
  const box = container.querySelector<HTMLElement>('[aria-busy]');
  if (!box) throw new Error('no stage box');
  return box;
}

describe('Player, first slide', () => {
  useRenderingCleanup();

  it('says once that the first slide is drawn, when its photo is on the canvas', async () => {
    let colourWhenTold: readonly number[] | null = null;
    let box: HTMLElement | null = null;
    const told = vi.fn(() => {
      colourWhenTold = slideColourAt(stageIn(box!), SCALE, centreOf(CELLS[0]!));
    });
    box = await renderPlayer([green], told);
    await whileLoading(() => expect.poll(() => told.mock.calls.length, { timeout: 5000 }).toBe(1));
    expect(isNear(colourWhenTold as never, GREEN)).toBe(true);
    await whileLoading(() =>
      expect.poll(() => box!.getAttribute('aria-busy'), { timeout: 5000 }).toBe('false'),
    );
    expect(told).toHaveBeenCalledTimes(1);
  });

  it('is done loading even when one photo is broken: that photo stays an empty frame', async () => {
    const told = vi.fn();
    const box = await renderPlayer([broken, green], told);
    await whileLoading(() =>
      expect.poll(() => box.getAttribute('aria-busy'), { timeout: 5000 }).toBe('false'),
    );
    expect(told).toHaveBeenCalledTimes(1);
    expect(isNear(slideColourAt(stageIn(box), SCALE, centreOf(CELLS[1]!)), GREEN)).toBe(true);
  });
});
