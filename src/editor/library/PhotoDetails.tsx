// The facts of one library photo (name, size, date taken) and its editable alt text.
import { useEffect, useId } from 'react';
import { altFromFileName } from '../../media/altFromFileName';
import type { PhotoMeta } from '../../model/deck';
import { commands } from '../../store/commands';
import { useEditorServices } from '../editorServices';
import { PhotoPlacing } from './PhotoPlacing';
import { formatTakenAtDateTime } from './takenAt';
import { LIMITS } from '../../model/limits';

export function PhotoDetails({ photo }: { readonly photo: PhotoMeta }) {
  const { deckStore } = useEditorServices();
  const hintId = useId();
  const takenAt = formatTakenAtDateTime(photo.takenAt);

  // Coming back to this photo later starts a new undo step, even if nothing else was edited between.
  useEffect(() => () => deckStore.getState().breakMerge(), [deckStore, photo.id]);

  return (
    <section className="photo-details" aria-label="Photo details">
      <p className="photo-details-name" title={photo.fileName}>
        {photo.fileName}
      </p>
      <p className="photo-details-facts">
        <span>
          {photo.width} × {photo.height} px
        </span>
        {takenAt && photo.takenAt && (
          <span>
            Taken <time dateTime={photo.takenAt}>{takenAt}</time>
          </span>
        )}
      </p>
      <PhotoPlacing photoId={photo.id} />
      <label className="field">
        <span>Alt text</span>
        <input
          type="text"
          value={photo.alt ?? altFromFileName(photo.fileName)}
          maxLength={LIMITS.altText}
          aria-describedby={hintId}
          onBlur={() => deckStore.getState().breakMerge()}
          onChange={(event) =>
            deckStore
              .getState()
              .dispatch(commands.setPhotoAlt, { photoId: photo.id, alt: event.target.value })
          }
        />
      </label>
      <p id={hintId} className="hint photo-details-hint">
        What the photo shows, for people who cannot see it.
      </p>
    </section>
  );
}
