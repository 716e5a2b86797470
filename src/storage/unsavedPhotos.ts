// Photos this tab has in hand that are not stored (or may not stay stored): imported and not yet saved, or
// taken out of the library (an Undo may want them back). Autosave writes each one in the same transaction as the
// first deck that names it, so no stored deck names a photo that is missing and no stored photo is left behind
// by a deck save that never happened (a crash mid-import leaves nothing half-written).
import type { Deck } from '../model/deck';
import type { PhotoId } from '../model/ids';
import type { PhotoVariant } from './database';
import type { PhotoBlobs } from './photoStorage';

type Waiter = { resolve: () => void; reject: (error: unknown) => void };
type Entry = { readonly blobs: PhotoBlobs; waiters: Waiter[] };

export type UnsavedPhotos = {
  /** Holds the photo's blobs until a deck that names it is saved. */
  hold(id: PhotoId, blobs: PhotoBlobs): void;
  /** The held blob, for what must show or export the photo before it is saved. */
  blob(id: PhotoId, variant: PhotoVariant): Blob | undefined;
  has(id: PhotoId): boolean;
  /** The held photos that `deck` names: what its save must write with it. */
  namedBy(deck: Deck): Map<PhotoId, PhotoBlobs>;
  /** A save carrying these photos went through: they are stored and no longer held. */
  saved(ids: Iterable<PhotoId>): void;
  /** A save carrying these photos failed: they stay held (for the retry) and whoever waits is told. */
  failed(ids: Iterable<PhotoId>, error: unknown): void;
  /** Resolves when the photo is stored (at once if it is not held); rejects at the first failed save. */
  whenSaved(id: PhotoId): Promise<void>;
  /** Puts other blobs with the same contents in place of a held photo's (a copy in memory for a stored one). */
  swap(id: PhotoId, blobs: PhotoBlobs): void;
  /** Stops holding every photo `keep` says no: what neither the deck nor its undo history can name again. */
  prune(keep: (id: PhotoId) => boolean): void;
};

export function createUnsavedPhotos(): UnsavedPhotos {
  const entries = new Map<PhotoId, Entry>();
  return {
    hold(id, blobs) {
      if (!entries.has(id)) entries.set(id, { blobs, waiters: [] });
    },
    blob(id, variant) {
      return entries.get(id)?.blobs[variant];
    },
    has(id) {
      return entries.has(id);
    },
    namedBy(deck) {
      const named = new Map<PhotoId, PhotoBlobs>();
      for (const [id, entry] of entries) if (Object.hasOwn(deck.photos, id)) named.set(id, entry.blobs);
      return named;
    },
    saved(ids) {
      for (const id of ids) {
        const entry = entries.get(id);
        if (!entry) continue;
        entries.delete(id);
        for (const waiter of entry.waiters) waiter.resolve();
      }
    },
    failed(ids, error) {
      for (const id of ids) {
        const entry = entries.get(id);
        if (!entry) continue;
        const waiters = entry.waiters;
        entry.waiters = [];
        for (const waiter of waiters) waiter.reject(error);
      }
    },
    whenSaved(id) {
      const entry = entries.get(id);
      if (!entry) return Promise.resolve();
      return new Promise((resolve, reject) => entry.waiters.push({ resolve, reject }));
    },
    swap(id, blobs) {
      const entry = entries.get(id);
      if (entry) entries.set(id, { ...entry, blobs });
    },
    prune(keep) {
      for (const id of [...entries.keys()]) if (!keep(id)) entries.delete(id);
    },
  };
}
