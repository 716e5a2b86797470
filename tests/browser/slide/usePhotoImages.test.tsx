// Loading the photos a view draws: only fully decoded images appear, broken ones never do, swaps replace.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPhoto, startLoadingEarly } from '../../../src/slide/earlyPhotoLoads';
import { DRAW_LONG_EDGE, imageSize, type PhotoImage, type PhotoImages } from '../../../src/slide/photoImages';
import { redOverBlue } from '../media/redOverBlue';
import { loadPhotoImage } from '../../../src/slide/loadPhotoImage';
import { usePhotoImages, type PhotoUrlRequest } from '../../../src/slide/usePhotoImages';
import {
  BLUE,
  RED,
  type Rgb,
  isNear,
  mount,
  photoMeta,
  photoUrl,
  solid,
  useRenderingCleanup,
  whileLoading,
} from './slideTestKit';

const first = photoMeta('a', 30, 20).id;
const second = photoMeta('b', 40, 10).id;
let redUrl: string;
let blueUrl: string;
let brokenUrl: string;

beforeAll(async () => {
  redUrl = await photoUrl(30, 20, solid(RED));
  blueUrl = await photoUrl(40, 10, solid(BLUE));
  brokenUrl = URL.createObjectURL(new Blob(['not an image'], { type: 'image/png' }));
});
const urls: string[] = [];
afterAll(() => {
  URL.revokeObjectURL(brokenUrl);
  for (const url of urls) URL.revokeObjectURL(url);
});

/** What the hook returned at each render, newest last. */
let seen: PhotoImages[] = [];

function Probe({ wanted }: { readonly wanted: readonly PhotoUrlRequest[] }) {
  seen.push(usePhotoImages(wanted));
  return null;
}

const latest = (): PhotoImages => seen.at(-1) ?? new Map();
const poll = { timeout: 5000, interval: 10 };

describe('usePhotoImages', () => {
  useRenderingCleanup();

  it('gives each photo once its image has decoded, and never a half-loaded one', async () => {
    seen = [];
    await mount(
      <Probe
        wanted={[
          { id: first, url: redUrl },
          { id: second, url: blueUrl },
        ]}
      />,
    );
    await whileLoading(() => expect.poll(() => latest().size, poll).toBe(2));
    // Decoded once, into a bitmap the canvas draws as it is (a drawn <img> would be decoded again).
    for (const images of seen) {
      for (const image of images.values()) expect(image).toBeInstanceOf(ImageBitmap);
    }
    expect(imageSize(latest().get(first)!).width).toBe(30);
    expect(imageSize(latest().get(second)!).width).toBe(40);
  });

  it('leaves out a photo that fails to decode', async () => {
    seen = [];
    await mount(
      <Probe
        wanted={[
          { id: first, url: brokenUrl },
          { id: second, url: blueUrl },
        ]}
      />,
    );
    await whileLoading(async () => {
      await expect.poll(() => latest().has(second), poll).toBe(true);
      await new Promise((resolve) => setTimeout(resolve, 100));
    });
    expect(latest().has(first)).toBe(false);
  });

  it('keeps the same images when given a new list of the same photos', async () => {
    seen = [];
    const view = await mount(<Probe wanted={[{ id: first, url: redUrl }]} />);
    await whileLoading(() => expect.poll(() => latest().has(first), poll).toBe(true));
    const image = latest().get(first);
    await view.rerender(<Probe wanted={[{ id: first, url: redUrl }]} />);
    expect(latest().get(first)).toBe(image);
  });

  it('switches to a new URL for a photo and drops photos no longer wanted', async () => {
    seen = [];
    const view = await mount(
      <Probe
        wanted={[
          { id: first, url: redUrl },
          { id: second, url: blueUrl },
        ]}
      />,
    );
    await whileLoading(() => expect.poll(() => latest().size, poll).toBe(2));
    await view.rerender(<Probe wanted={[{ id: first, url: blueUrl }]} />);
    await whileLoading(() => expect.poll(() => imageSize(latest().get(first)!).width, poll).toBe(40));
    expect(latest().has(second)).toBe(false);
  });
});

describe('loadPhotoImage', () => {
  it('decodes a photo that fits a screen into a bitmap of its own size', async () => {
    const url = await photoUrl(30, 20, solid(RED));
    const image = await loadPhotoImage(url);
    expect(image).toBeInstanceOf(ImageBitmap);
    expect(imageSize(image!)).toEqual({ width: 30, height: 20 });
    expect(pixel(image!, 15, 10)).toEqual(RED);
  });

  it('turns a JPEG upright as its EXIF orientation says, scaled down or not, from its bytes or an <img>', async () => {
    // A blob: URL is decoded from its bytes; any other (file:// in a bundle; data: here) through an <img>.
    const cases = [40, DRAW_LONG_EDGE * 2].flatMap((width) => [
      { width, kind: 'blob' as const },
      { width, kind: 'data' as const },
    ]);
    for (const { width, kind } of cases) {
      // Red above blue, stored on its side: orientation 6 turns it a quarter clockwise, red to the right.
      const url = await jpegUrl(width, 20, 6, kind);
      const image = await loadPhotoImage(url);
      const { width: shownWidth, height: shownHeight } = imageSize(image!);
      expect(shownHeight).toBe(Math.min(width, DRAW_LONG_EDGE));
      expect(shownWidth).toBe(width > DRAW_LONG_EDGE ? 10 : 20);
      expect(isNear(pixel(image!, shownWidth - 2, shownHeight / 2), RED, 40)).toBe(true);
      expect(isNear(pixel(image!, 1, shownHeight / 2), BLUE, 40)).toBe(true);
    }
  });

  it('scales a photo bigger than any screen down once, to a bitmap of the same look', async () => {
    const url = await photoUrl(DRAW_LONG_EDGE * 2, 100, solid(BLUE));
    try {
      const image = await loadPhotoImage(url);
      expect(image).toBeInstanceOf(ImageBitmap);
      expect(imageSize(image!)).toEqual({ width: DRAW_LONG_EDGE, height: 50 });
      const canvas = new OffscreenCanvas(1, 1);
      const context = canvas.getContext('2d')!;
      context.drawImage(image!, DRAW_LONG_EDGE / 2, 25, 1, 1, 0, 0, 1, 1);
      expect([...context.getImageData(0, 0, 1, 1).data.slice(0, 3)]).toEqual([...BLUE]);
    } finally {
      URL.revokeObjectURL(url);
    }
  });

  it('gives nothing for a file that is not an image', async () => {
    const url = URL.createObjectURL(new Blob(['not an image'], { type: 'image/png' }));
    try {
      expect(await loadPhotoImage(url)).toBeUndefined();
    } finally {
      URL.revokeObjectURL(url);
    }
  });
});

describe('startLoadingEarly', () => {
  it('hands the load it started to the first view that asks, once', async () => {
    const url = await photoUrl(30, 20, solid(BLUE));
    startLoadingEarly([url]);
    const first = loadPhoto(url);
    const second = loadPhoto(url);
    expect(first).not.toBe(second);
    const [early, fresh] = await Promise.all([first, second]);
    expect(early).toBeInstanceOf(ImageBitmap);
    expect(fresh).not.toBe(early);
  });

  it('gives a view the photo it started, before the view mounted', async () => {
    const url = await photoUrl(30, 20, solid(RED));
    startLoadingEarly([url]);
    seen = [];
    await mount(<Probe wanted={[{ id: first, url }]} />);
    await whileLoading(() => expect.poll(() => latest().has(first), poll).toBe(true));
    expect(pixel(latest().get(first)!, 5, 5)).toEqual(RED);
  });
});

/** The colour of one pixel of a decoded image. */
function pixel(image: PhotoImage, x: number, y: number): Rgb {
  const canvas = new OffscreenCanvas(1, 1);
  const context = canvas.getContext('2d')!;
  context.drawImage(image, Math.floor(x), Math.floor(y), 1, 1, 0, 0, 1, 1);
  const [r = 0, g = 0, b = 0] = context.getImageData(0, 0, 1, 1).data;
  return [r, g, b];
}

/** A JPEG of red over blue with an EXIF orientation, as an object URL or a data: URL. */
async function jpegUrl(
  width: number,
  height: number,
  orientation: number,
  kind: 'blob' | 'data',
): Promise<string> {
  const blob = new Blob([await redOverBlue(width, height, 'image/jpeg', orientation)], {
    type: 'image/jpeg',
  });
  if (kind === 'data') {
    const reader = new FileReader();
    const read = new Promise<string>((resolve) => (reader.onload = () => resolve(String(reader.result))));
    reader.readAsDataURL(blob);
    return read;
  }
  const url = URL.createObjectURL(blob);
  urls.push(url);
  return url;
}
