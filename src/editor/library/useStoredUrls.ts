// Object URLs of stored photos in one variant, filled in as the cache makes them.
import { useEffect, useMemo, useState } from 'react';
import type { PhotoId } from '../../model/ids';
import type { PhotoVariant } from '../../storage/database';
import type { PhotoUrlCache } from '../../storage/photoUrls';

export function useStoredUrls(
  photoUrls: PhotoUrlCache,
  photoIds: readonly PhotoId[],
  variant: PhotoVariant,
): ReadonlyMap<PhotoId, string> {
  const [version, setVersion] = useState(0);
  useEffect(() => {
    let cancelled = false;
    const missing = photoIds.filter((id) => !photoUrls.peek(id, variant));
    if (missing.length === 0) return;
    void Promise.all(missing.map((id) => photoUrls.get(id, variant))).then(() => {
      if (!cancelled) setVersion((v) => v + 1);
    });
    return () => {
      cancelled = true;
    };
  }, [photoIds, photoUrls, variant]);
  return useMemo(() => {
    const urls = new Map<PhotoId, string>();
    for (const id of photoIds) {
      const url = photoUrls.peek(id, variant);
      if (url) urls.set(id, url);
    }
    return urls;
    // `version` is how this map learns that the cache has filled in.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [photoIds, photoUrls, variant, version]);
}
