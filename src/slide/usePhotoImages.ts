// Loads and decodes the images a view needs, keeping only those still wanted (full-size pixels are never hoarded).
import { useEffect, useMemo, useState } from 'react';
import type { PhotoId } from '../model/ids';
import type { PhotoImage, PhotoImages } from './photoImages';

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
      const image = new Image();
      image.decoding = 'async';
      image.src = w.url;
      image.decode().then(
        () => {
          if (cancelled) return;
          setLoaded((now) => {
            const next = new Map([...now].filter(([url]) => wantedUrls.has(url)));
            next.set(w.url, image);
            return next;
          });
        },
        () => {
          // A photo that fails to load stays an empty frame; the library reported it when it was added.
        },
      );
    }
    return () => {
      cancelled = true;
    };
    // `key` captures `wanted` by value (a new array of the same photos must not reload them), and
    // `loaded` is read only to skip what is already there.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

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
