// The one place object URLs for photos are created and revoked: one URL per photo and variant.
import type { PhotoId } from '../model/ids';
import type { Database, PhotoVariant } from './database';
import { loadPhotoBlob, photoBlobKey } from './photoStorage';
import type { UnsavedPhotos } from './unsavedPhotos';

export type PhotoUrlCache = {
  /** The URL for a stored photo variant, made on first use; undefined if the blob is not stored. */
  get(photoId: PhotoId, variant: PhotoVariant): Promise<string | undefined>;
  /** The URL if it has already been made, for code that cannot wait (a render). */
  peek(photoId: PhotoId, variant: PhotoVariant): string | undefined;
  /** Revokes every URL made; later calls get nothing. */
  dispose(): void;
};

/** `unsaved`: photos just imported, shown before their save goes through. */
export function createPhotoUrlCache(db: Database, unsaved?: UnsavedPhotos): PhotoUrlCache {
  const urls = new Map<string, string>();
  // Two callers asking at once share one load, so one blob never gets two URLs.
  const pending = new Map<string, Promise<string | undefined>>();
  let disposed = false;

  async function load(key: string, photoId: PhotoId, variant: PhotoVariant): Promise<string | undefined> {
    try {
      const blob = await loadPhotoBlob(db, photoId, variant, unsaved);
      if (!blob || disposed) return undefined;
      const url = URL.createObjectURL(blob);
      urls.set(key, url);
      return url;
    } finally {
      pending.delete(key);
    }
  }

  return {
    get(photoId, variant) {
      if (disposed) return Promise.resolve(undefined);
      const key = photoBlobKey(photoId, variant);
      const made = urls.get(key);
      if (made !== undefined) return Promise.resolve(made);
      let loading = pending.get(key);
      if (!loading) {
        loading = load(key, photoId, variant);
        pending.set(key, loading);
      }
      return loading;
    },
    peek(photoId, variant) {
      return urls.get(photoBlobKey(photoId, variant));
    },
    dispose() {
      disposed = true;
      for (const url of urls.values()) URL.revokeObjectURL(url);
      urls.clear();
    },
  };
}
