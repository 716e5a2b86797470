// What one editing session holds: the stores, the database, the photos in hand and autosave's handle. Made
// once at boot (bootEditor.ts); the editor hands it down through React context (editor/editorServices.ts).
import type { Reveal } from '../model/deck';
import type { SlideId } from '../model/ids';
import type { Database } from '../storage/database';
import type { PhotoUrlCache } from '../storage/photoUrls';
import type { UnsavedPhotos } from '../storage/unsavedPhotos';
import type { DeckStore } from '../store/deckStore';
import type { SessionStore } from '../store/sessionStore';
import type { AutosaveHandle, SaveStateStore } from './autosave';

export type EditorServices = {
  readonly db: Database;
  readonly deckStore: DeckStore;
  readonly session: SessionStore;
  readonly photoUrls: PhotoUrlCache;
  /** Imported photos not stored yet: autosave writes them with the deck that names them. */
  readonly unsavedPhotos: UnsavedPhotos;
  readonly saveState: SaveStateStore;
  /** The editor's autosave while it runs: flushed before another deck takes this one's place. */
  readonly autosave: AutosaveHandle;
  /** The reveal a slide had when its quiz was switched off, so switching it on again restores the texts. */
  readonly revealStash: Map<SlideId, Reveal>;
};
