// The photo library: every photo of the deck as a thumbnail, selectable, and draggable onto the canvas.
import { useRef } from 'react';
import { useStore } from 'zustand';
import type { PhotoId } from '../model/ids';
import { useDeck } from '../store/deckStore';
import { useEditorServices } from './editorServices';
import { nextSelection } from './photoSelection';
import { usePhotoUrls } from './usePhotoUrls';

export const PHOTO_DRAG_TYPE = 'application/x-common-thread-photo';

export function PhotoLibrary() {
  const { deckStore, session } = useEditorServices();
  const photos = useDeck(deckStore, (state) => state.deck.photos);
  const selected = useStore(session, (state) => state.selectedPhotoIds);
  const urls = usePhotoUrls('thumbnail');
  const anchor = useRef<PhotoId | null>(null);
  const list = Object.values(photos);
  const ids = list.map((photo) => photo.id);

  return (
    <section className="panel library" aria-labelledby="library-heading">
      <div className="panel-head">
        <h2 id="library-heading">Photos</h2>
        <button
          type="button"
          className="small"
          disabled={list.length === 0}
          onClick={() => session.getState().selectPhotos(selected.length === ids.length ? [] : ids)}
        >
          {selected.length === ids.length && ids.length > 0 ? 'Select none' : 'Select all'}
        </button>
      </div>
      {list.length === 0 ? (
        <p className="empty">Add photos, or drop them anywhere on this window.</p>
      ) : (
        <ul aria-label="Photos" className="photo-grid">
          {list.map((photo) => {
            const isSelected = selected.includes(photo.id);
            const url = urls.get(photo.id);
            return (
              <li key={photo.id} aria-label={photo.fileName} className="photo-cell">
                <button
                  type="button"
                  className={isSelected ? 'photo-button selected' : 'photo-button'}
                  aria-pressed={isSelected}
                  title={photo.fileName}
                  draggable
                  onDragStart={(event) => {
                    event.dataTransfer.setData(PHOTO_DRAG_TYPE, photo.id);
                    event.dataTransfer.effectAllowed = 'copy';
                  }}
                  onClick={(event) => {
                    const modifiers = { shift: event.shiftKey, toggle: event.ctrlKey || event.metaKey };
                    session
                      .getState()
                      .selectPhotos(nextSelection(ids, selected, photo.id, anchor.current, modifiers));
                    if (!event.shiftKey) anchor.current = photo.id;
                  }}
                >
                  {url ? (
                    <img src={url} alt={photo.alt ?? photo.fileName} draggable={false} />
                  ) : (
                    <span className="thumb-placeholder" />
                  )}
                  <span className="photo-name">{photo.fileName}</span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
