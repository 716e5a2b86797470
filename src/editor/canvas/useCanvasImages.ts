// The images the editor canvas draws: each photo's thumbnail rendition at once, then its display rendition.
import { useMemo } from 'react';
import type { Slide } from '../../model/deck';
import type { PhotoId } from '../../model/ids';
import type { PhotoImage, PhotoImages } from '../../slide/photoImages';
import { usePhotoImages, type PhotoUrlRequest } from '../../slide/usePhotoImages';
import { usePhotoUrls } from '../library/usePhotoUrls';

/**
 * A reload or another slide would show grey frames while display renditions (up to 2560 px) load and decode;
 * the thumbnail (~320 px) decodes in a fraction of that, so it is drawn meanwhile. A photo's thumbnail is let
 * go in the same render its display rendition takes its place, so a frame never goes grey in between.
 */
export function useCanvasImages(slide: Slide | null): PhotoImages {
  const displayUrls = usePhotoUrls('display');
  const thumbnailUrls = usePhotoUrls('thumbnail');
  const items = slide?.items;
  const photoIds = useMemo(
    () => [...new Set((items ?? []).flatMap((item) => (item.kind === 'photo' ? [item.photoId] : [])))],
    [items],
  );

  const display = usePhotoImages(useMemo(() => requests(photoIds, displayUrls), [photoIds, displayUrls]));
  const waiting = useMemo(() => photoIds.filter((id) => !display.has(id)), [photoIds, display]);
  const thumbnails = usePhotoImages(
    useMemo(() => requests(waiting, thumbnailUrls), [waiting, thumbnailUrls]),
  );

  return useMemo(() => {
    const images = new Map<PhotoId, PhotoImage>();
    for (const id of photoIds) {
      const image = display.get(id) ?? thumbnails.get(id);
      if (image) images.set(id, image);
    }
    return images;
  }, [photoIds, display, thumbnails]);
}

function requests(ids: readonly PhotoId[], urls: ReadonlyMap<PhotoId, string>): PhotoUrlRequest[] {
  return ids.flatMap((id) => {
    const url = urls.get(id);
    return url ? [{ id, url }] : [];
  });
}
