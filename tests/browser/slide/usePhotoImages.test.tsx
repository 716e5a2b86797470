// Loading the photos a view draws: only fully decoded images appear, broken ones never do, swaps replace.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DRAW_LONG_EDGE, imageSize, type PhotoImages } from '../../../src/slide/photoImages';
import { loadPhotoImage, usePhotoImages, type PhotoUrlRequest } from '../../../src/slide/usePhotoImages';
import {
  BLUE,
  RED,
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
afterAll(() => URL.revokeObjectURL(brokenUrl));

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
    for (const images of seen) {
      for (const image of images.values()) {
        expect(image instanceof HTMLImageElement && image.complete && image.naturalWidth > 0).toBe(true);
      }
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
  it('keeps a photo that fits a screen as the decoded <img>', async () => {
    const url = await photoUrl(30, 20, solid(RED));
    try {
      const image = await loadPhotoImage(url);
      expect(image).toBeInstanceOf(HTMLImageElement);
      expect(imageSize(image!)).toEqual({ width: 30, height: 20 });
    } finally {
      URL.revokeObjectURL(url);
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
