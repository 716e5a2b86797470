// Loads and decodes the images a view needs, keeping only those still wanted (full-size pixels are never hoarded).
import { useEffect, useMemo, useRef, useState } from 'react';
import type { PhotoId } from '../model/ids';
import { DRAW_LONG_EDGE, type PhotoImage, type PhotoImages } from './photoImages';

export type PhotoUrlRequest = { readonly id: PhotoId; readonly url: string };

/**
 * Returns the decoded images for `wanted`. An image appears in the map only once it is fully
 * decoded, so a view never draws a half-loaded photo; images no longer wanted are let go as soon
 * as the next one arrives.
 */
export function usePhotoImages(wanted: readonly PhotoUrlRequest[]): PhotoImages {
  const [loaded, setLoaded] = useState<ReadonlyMap<string, PhotoImage>>(() => new Map());
  const key = wanted.map((w) => `${w.id}|${w.url}`).join('\n');

  useEffect(() => {
    let cancelled = false;
    const wantedUrls = new Set(wanted.map((w) => w.url));
    for (const w of wanted) {
      if (loaded.has(w.url)) continue;
      void loadPhotoImage(w.url).then((image) => {
        if (!image) return;
        if (cancelled) {
          release(image);
          return;
        }
        setLoaded((now) => {
          const next = new Map<string, PhotoImage>([[w.url, image]]);
          for (const [url, kept] of now) if (wantedUrls.has(url) && url !== w.url) next.set(url, kept);
          return next;
        });
      });
    }
    return () => {
      cancelled = true;
    };
    // `key` captures `wanted` by value (a new array of the same photos must not reload them), and
    // `loaded` is read only to skip what is already there.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  // Bitmaps let go are closed once the render without them is committed, never while still drawn.
  const committed = useRef<ReadonlyMap<string, PhotoImage>>(new Map());
  useEffect(() => {
    for (const [url, image] of committed.current) if (loaded.get(url) !== image) release(image);
    committed.current = loaded;
  }, [loaded]);

  return useMemo(() => {
    const images = new Map<PhotoId, PhotoImage>();
    for (const w of wanted) {
      const image = loaded.get(w.url);
      if (image) images.set(w.id, image);
    }
    return images;
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, loaded]);
}

/**
 * Decodes one photo; one larger than any screen needs (an original in the exported bundle) is scaled
 * down once to a bitmap, so the player neither holds 24 MP of pixels per photo nor scales them every frame.
 * Undefined when the photo cannot be loaded: it stays an empty frame (the library reported it when added).
 */
export async function loadPhotoImage(url: string): Promise<PhotoImage | undefined> {
  const image = new Image();
  image.decoding = 'async';
  image.src = url;
  try {
    await image.decode();
  } catch {
    return undefined;
  }
  const longEdge = Math.max(image.naturalWidth, image.naturalHeight);
  if (longEdge <= DRAW_LONG_EDGE) return image;
  const scale = DRAW_LONG_EDGE / longEdge;
  try {
    return await createImageBitmap(image, {
      resizeWidth: Math.max(1, Math.round(image.naturalWidth * scale)),
      resizeHeight: Math.max(1, Math.round(image.naturalHeight * scale)),
      resizeQuality: 'high',
    });
  } catch {
    return image;
  }
}

function release(image: PhotoImage): void {
  if (!(image instanceof HTMLImageElement)) image.close();
}
