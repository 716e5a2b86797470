// The overview's photos: every photo of the deck decoded small, once, from the first time the overview opens.
import { useEffect, useRef, useState } from 'react';
import type { Deck, PhotoMeta } from '../model/deck';
import type { PhotoId } from '../model/ids';
import type { PhotoImage, PhotoImages } from '../slide/photoImages';
import { loadThumbnailImage, releaseThumbnailImage } from './thumbnailImages';

/** How often decoded thumbnails are handed to the overview: one redraw of the grid per batch, not per photo. */
const COMMIT_EVERY_MS = 150;

/**
 * Loads nothing until `wanted` is first true, then every photo of the deck in turn (those of the slides
 * nearest `aroundSlide` first). Loaded thumbnails are kept until the player goes, so reopening is instant.
 */
export function useThumbnailImages(
  deck: Deck,
  photoUrl: (photo: PhotoMeta) => string | undefined,
  wanted: boolean,
  aroundSlide: number,
): PhotoImages {
  const [images, setImages] = useState<PhotoImages>(() => new Map());
  const cache = useRef(new Map<string, PhotoImage>());
  const [started, setStarted] = useState(false);
  if (wanted && !started) setStarted(true);

  useEffect(() => {
    if (!started) return;
    let cancelled = false;
    const queue = photosNearestFirst(deck, aroundSlide)
      .map((photo) => ({ id: photo.id, url: photoUrl(photo) }))
      .filter((entry): entry is { id: PhotoId; url: string } => entry.url !== undefined);
    const commit = () =>
      setImages(() => {
        const next = new Map<PhotoId, PhotoImage>();
        for (const { id, url } of queue) {
          const image = cache.current.get(url);
          if (image) next.set(id, image);
        }
        return next;
      });
    void (async () => {
      let lastCommit = performance.now();
      for (const { url } of queue) {
        if (cancelled) return;
        if (cache.current.has(url)) continue;
        const image = await loadThumbnailImage(url);
        if (!image) continue;
        if (cancelled) {
          releaseThumbnailImage(image);
          return;
        }
        cache.current.set(url, image);
        if (performance.now() - lastCommit > COMMIT_EVERY_MS) {
          commit();
          lastCommit = performance.now();
        }
      }
      if (!cancelled) commit();
    })();
    commit();
    return () => {
      cancelled = true;
    };
    // The order of loading follows the slide only when loading starts; moving on later does not restart it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [started, deck, photoUrl]);

  useEffect(() => {
    const held = cache.current;
    return () => {
      for (const image of held.values()) releaseThumbnailImage(image);
      held.clear();
    };
  }, []);

  return images;
}

/** Every photo the slides use, once, those on the slides nearest `aroundSlide` first. */
function photosNearestFirst(deck: Deck, aroundSlide: number): PhotoMeta[] {
  const order = deck.slides
    .map((slide, index) => ({ slide, distance: Math.abs(index - aroundSlide) }))
    .sort((a, b) => a.distance - b.distance);
  const photos = new Map<PhotoId, PhotoMeta>();
  for (const { slide } of order) {
    for (const item of slide.items) {
      const photo = item.kind === 'photo' ? deck.photos[item.photoId] : undefined;
      if (photo) photos.set(photo.id, photo);
    }
  }
  return [...photos.values()];
}
