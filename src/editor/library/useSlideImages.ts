// The decoded images of one slide's photos, from the object URLs of one rendition (canvas, thumbnails, previews).
import { useMemo } from 'react';
import type { Slide } from '../../model/deck';
import type { PhotoId } from '../../model/ids';
import type { PhotoImages } from '../../slide/photoImages';
import { usePhotoImages } from '../../slide/usePhotoImages';

export function useSlideImages(slide: Slide | null, urls: ReadonlyMap<PhotoId, string>): PhotoImages {
  const items = slide?.items;
  const wanted = useMemo(
    () =>
      (items ?? []).flatMap((item) => {
        const url = item.kind === 'photo' ? urls.get(item.photoId) : undefined;
        return item.kind === 'photo' && url ? [{ id: item.photoId, url }] : [];
      }),
    [items, urls],
  );
  return usePhotoImages(wanted);
}
