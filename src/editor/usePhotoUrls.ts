// The object URLs of the deck's photos in one variant, resolved from IndexedDB as they become available.
import { useEffect, useMemo, useState } from 'react';
import type { PhotoId } from '../model/ids';
import type { PhotoVariant } from '../storage/database';
import { useDeck } from '../store/deckStore';
import { useEditorServices } from './editorServices';

export function usePhotoUrls(variant: PhotoVariant): ReadonlyMap<PhotoId, string> {
  const { deckStore, photoUrls } = useEditorServices();
  const photos = useDeck(deckStore, (state) => state.deck.photos);
  // Bumped when URLs that were missing have been made, so the map below is read again.
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let cancelled = false;
    const missing = (Object.keys(photos) as PhotoId[]).filter((id) => !photoUrls.peek(id, variant));
    if (missing.length === 0) return;
    void Promise.all(missing.map((id) => photoUrls.get(id, variant))).then(() => {
      if (!cancelled) setVersion((v) => v + 1);
    });
    return () => {
      cancelled = true;
    };
  }, [photos, photoUrls, variant]);

  return useMemo(() => {
    const urls = new Map<PhotoId, string>();
    for (const id of Object.keys(photos) as PhotoId[]) {
      const url = photoUrls.peek(id, variant);
      if (url) urls.set(id, url);
    }
    return urls;
    // `version` is how this map learns that the cache has filled in.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [photos, photoUrls, variant, version]);
}
