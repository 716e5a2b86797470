// The photo library: every photo of the deck as a thumbnail, sortable, selectable, and draggable onto the canvas.
import { memo, useCallback, useMemo, useRef } from 'react';
import { useStore } from 'zustand';
import type { PhotoMeta } from '../../model/deck';
import type { PhotoId } from '../../model/ids';
import { useDeck } from '../../store/deckStore';
import type { PhotoSortOrder } from '../../store/sessionStore';
import { useEditorServices } from '../editorServices';
import { PhotoDetails } from './PhotoDetails';
import { RemoveUnusedPhotos } from './RemoveUnusedPhotos';
import { nextSelection, selectedPhotosText, type ClickModifiers } from './photoSelection';
import { PHOTO_SORT_CHOICES, sortPhotos } from './photoSort';
import { formatTakenAtDate } from './takenAt';
import type { Notices } from '../../ui/useNotices';
import { usePhotoUrls } from './usePhotoUrls';

export const PHOTO_DRAG_TYPE = 'application/x-common-thread-photo';

export function PhotoLibrary({ addNotice }: { readonly addNotice: Notices['add'] }) {
  const { deckStore, session } = useEditorServices();
  const photos = useDeck(deckStore, (state) => state.deck.photos);
  const selected = useStore(session, (state) => state.selectedPhotoIds);
  const sortOrder = useStore(session, (state) => state.photoSortOrder);
  const urls = usePhotoUrls('thumbnail');
  const anchor = useRef<PhotoId | null>(null);
  const list = useMemo(() => sortPhotos(Object.values(photos), sortOrder), [photos, sortOrder]);
  // Selections are kept in the order shown, so a range and a new slide follow what the user sees.
  const ids = list.map((photo) => photo.id);
  const single = selected.length === 1 ? photos[selected[0]!] : undefined;
  // Stable, and reading the stores at click time, so a cell re-renders only when its own photo changes:
  // with hundreds of photos arriving in batches, re-rendering every cell each time took over 50 ms.
  const onSelect = useCallback(
    (photoId: PhotoId, modifiers: ClickModifiers) => {
      const state = session.getState();
      const shown = sortPhotos(Object.values(deckStore.getState().deck.photos), state.photoSortOrder).map(
        (photo) => photo.id,
      );
      state.selectPhotos(nextSelection(shown, state.selectedPhotoIds, photoId, anchor.current, modifiers));
      if (!modifiers.shift) anchor.current = photoId;
    },
    [deckStore, session],
  );

  const changeSort = (order: PhotoSortOrder) => {
    const shown = sortPhotos(Object.values(photos), order).map((photo) => photo.id);
    const state = session.getState();
    state.sortPhotos(order);
    state.selectPhotos(shown.filter((id) => state.selectedPhotoIds.includes(id)));
  };

  return (
    <section className="panel library" aria-labelledby="library-heading">
      <div className="panel-head">
        <h2 id="library-heading">Photos</h2>
        {/* Always there, so a screen reader hears each change of the selection (politely, as a status). */}
        <span className="library-selection" role="status">
          {selectedPhotosText(selected.length)}
        </span>
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
        <>
          <label className="library-sort">
            <span>Sort photos</span>
            <select value={sortOrder} onChange={(event) => changeSort(event.target.value as PhotoSortOrder)}>
              {PHOTO_SORT_CHOICES.map(({ order, label }) => (
                <option key={order} value={order}>
                  {label}
                </option>
              ))}
            </select>
          </label>
          <ul aria-label="Photos" className="photo-grid">
            {list.map((photo) => (
              <PhotoCell
                key={photo.id}
                photo={photo}
                url={urls.get(photo.id)}
                isSelected={selected.includes(photo.id)}
                onSelect={onSelect}
              />
            ))}
          </ul>
          <RemoveUnusedPhotos addNotice={addNotice} />
          {single && <PhotoDetails key={single.id} photo={single} />}
        </>
      )}
    </section>
  );
}

type PhotoCellProps = {
  readonly photo: PhotoMeta;
  readonly url: string | undefined;
  readonly isSelected: boolean;
  readonly onSelect: (photoId: PhotoId, modifiers: ClickModifiers) => void;
};

const PhotoCell = memo(function PhotoCell({ photo, url, isSelected, onSelect }: PhotoCellProps) {
  const takenOn = formatTakenAtDate(photo.takenAt);
  return (
    <li aria-label={photo.fileName} className="photo-cell">
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
        onClick={(event) =>
          onSelect(photo.id, { shift: event.shiftKey, toggle: event.ctrlKey || event.metaKey })
        }
      >
        {url ? (
          <img src={url} alt={photo.alt ?? photo.fileName} draggable={false} />
        ) : (
          <span className="thumb-placeholder" />
        )}
        <span className="photo-name">{photo.fileName}</span>
        {takenOn && photo.takenAt && (
          <time className="photo-date" dateTime={photo.takenAt}>
            {takenOn}
          </time>
        )}
      </button>
    </li>
  );
});
