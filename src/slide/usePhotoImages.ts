// Loads and decodes the images a view needs, keeping only those still wanted (full-size pixels are never hoarded).
import { useEffect, useMemo, useRef, useState } from 'react';
import type { PhotoId } from '../model/ids';
import { loadPhoto } from './earlyPhotoLoads';
import type { PhotoImage, PhotoImages } from './photoImages';
import { PhotoLoadQueue, releasePhotoImage } from './photoLoadQueue';

export type PhotoUrlRequest = { readonly id: PhotoId; readonly url: string };

export type PhotoLoading = {
  /** The decoded images, by photo id. */
  readonly images: PhotoImages;
  /** The photos done with: decoded, or found broken (they stay empty frames). */
  readonly settled: ReadonlySet<PhotoId>;
};

/**
 * Returns the decoded images for `wanted`, loading them a few at a time in its order (the photos a view draws
 * first go first). An image appears in the map only once it is fully decoded, so a view never draws a
 * half-loaded photo; images no longer wanted are let go as soon as the next one arrives.
 */
export function usePhotoImages(wanted: readonly PhotoUrlRequest[]): PhotoImages {
  return usePhotoLoading(wanted).images;
}

/** usePhotoImages, also telling which photos are settled, so a view knows when it is drawn as it will be. */
export function usePhotoLoading(wanted: readonly PhotoUrlRequest[]): PhotoLoading {
  // null: the photo could not be loaded.
  const [loaded, setLoaded] = useState<ReadonlyMap<string, PhotoImage | null>>(() => new Map());
  const key = wanted.map((w) => `${w.id}|${w.url}`).join('\n');
  const queue = useRef<PhotoLoadQueue | null>(null);

  // One queue per mounted view (made again if React mounts the view a second time), closed when it unmounts.
  useEffect(() => {
    const opened = new PhotoLoadQueue(loadPhoto, (url, image) =>
      setLoaded((now) => {
        const next = new Map<string, PhotoImage | null>([[url, image]]);
        for (const [kept, keptImage] of now)
          if (kept !== url && opened.wants(kept)) next.set(kept, keptImage);
        return next;
      }),
    );
    queue.current = opened;
    return () => {
      opened.close();
      queue.current = null;
    };
  }, []);

  useEffect(() => {
    queue.current?.want(
      wanted.map((w) => w.url),
      (url) => loaded.has(url),
    );
    // `key` captures `wanted` by value (a new array of the same photos must not reload them), and
    // `loaded` is read only to skip what is already there.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  // Bitmaps let go are closed once the render without them is committed, never while still drawn.
  const committed = useRef<ReadonlyMap<string, PhotoImage | null>>(new Map());
  useEffect(() => {
    for (const [url, image] of committed.current)
      if (image && loaded.get(url) !== image) releasePhotoImage(image);
    committed.current = loaded;
  }, [loaded]);

  return useMemo(() => {
    const images = new Map<PhotoId, PhotoImage>();
    const settled = new Set<PhotoId>();
    for (const w of wanted) {
      const image = loaded.get(w.url);
      if (image) images.set(w.id, image);
      if (image !== undefined) settled.add(w.id);
    }
    return { images, settled };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, loaded]);
}
