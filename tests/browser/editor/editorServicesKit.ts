// The services an editor panel is mounted with in a browser test: the test's own stores, and for the rest what
// the editor makes at boot (a fresh session, save state, photos in hand, autosave's handle, a reveal stash).
import { createAutosaveHandle, createSaveStateStore } from '../../../src/session/autosave';
import type { EditorServices } from '../../../src/session/editorSession';
import type { Database } from '../../../src/storage/database';
import type { PhotoUrlCache } from '../../../src/storage/photoUrls';
import { createUnsavedPhotos } from '../../../src/storage/unsavedPhotos';
import { createSessionStore } from '../../../src/store/sessionStore';

/**
 * `db` and `photoUrls` may be left out by a test whose panel never reads or shows a stored photo: reaching
 * for them then fails loudly instead of quietly reading nothing.
 */
export function testServices(
  given: Pick<EditorServices, 'deckStore'> & Partial<EditorServices>,
): EditorServices {
  return {
    db: unavailable<Database>('db'),
    photoUrls: unavailable<PhotoUrlCache>('photoUrls'),
    session: createSessionStore(),
    saveState: createSaveStateStore(),
    revealStash: new Map(),
    unsavedPhotos: createUnsavedPhotos(),
    autosave: createAutosaveHandle(),
    ...given,
  };
}

function unavailable<T extends object>(name: string): T {
  return new Proxy({} as T, {
    get(_target, key) {
      throw new Error(`this test gave the editor no ${name} (it asked for ${String(key)})`);
    },
  });
}
