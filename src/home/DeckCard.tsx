// One deck in the library: its first slide, its title (which opens it), when it was last edited, and its actions.
import { useMemo, useState } from 'react';
import type { Deck } from '../model/deck';
import type { PhotoId } from '../model/ids';
import { SlideView } from '../slide/SlideView';
import { usePhotoImages } from '../slide/usePhotoImages';
import type { PhotoUrlCache } from '../storage/photoUrls';
import { useStoredUrls } from '../editor/library/useStoredUrls';

const THUMBNAIL_WIDTH = 224;

type DeckCardProps = {
  readonly deck: Deck;
  readonly photoUrls: PhotoUrlCache;
  readonly onOpen: () => void;
  readonly onRename: (title: string) => void;
  readonly onDuplicate: () => void;
  readonly onDelete: () => void;
};

export function DeckCard({ deck, photoUrls, onOpen, onRename, onDuplicate, onDelete }: DeckCardProps) {
  const [renaming, setRenaming] = useState(false);
  const title = deck.title.trim() === '' ? 'Untitled deck' : deck.title;
  const headingId = `deck-${deck.id}`;
  return (
    <li className="deck-card" aria-labelledby={headingId}>
      <FirstSlide deck={deck} photoUrls={photoUrls} />
      {renaming ? (
        <RenameField
          title={deck.title}
          onDone={(newTitle) => {
            setRenaming(false);
            if (newTitle !== null && newTitle !== deck.title) onRename(newTitle);
          }}
        />
      ) : (
        <h2 className="deck-card-title" id={headingId}>
          <button type="button" className="deck-open" onClick={onOpen}>
            {title}
          </button>
        </h2>
      )}
      <p className="deck-card-meta">
        {deck.slides.length} {deck.slides.length === 1 ? 'slide' : 'slides'} · Edited{' '}
        <time dateTime={deck.updatedAt}>{editedWhen(new Date(deck.updatedAt), new Date())}</time>
      </p>
      <div className="deck-card-actions">
        <button type="button" onClick={() => setRenaming(true)} aria-describedby={headingId}>
          Rename
        </button>
        <button type="button" onClick={onDuplicate} aria-describedby={headingId}>
          Duplicate
        </button>
        <button type="button" onClick={onDelete} aria-describedby={headingId}>
          Delete
        </button>
      </div>
    </li>
  );
}

/** "today at 14:05", "yesterday at 09:10", or the date. */
export function editedWhen(when: Date, now: Date): string {
  const time = when.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
  const day = (date: Date) => new Date(date.getFullYear(), date.getMonth(), date.getDate()).getTime();
  const days = Math.round((day(now) - day(when)) / 86_400_000);
  if (days === 0) return `today at ${time}`;
  if (days === 1) return `yesterday at ${time}`;
  return when.toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
}

function RenameField({
  title,
  onDone,
}: {
  readonly title: string;
  readonly onDone: (title: string | null) => void;
}) {
  const [value, setValue] = useState(title);
  return (
    <form
      className="deck-rename"
      onSubmit={(event) => {
        event.preventDefault();
        onDone(value.trim() === '' ? null : value.trim());
      }}
    >
      <label>
        <span className="visually-hidden">Deck title</span>
        <input
          type="text"
          value={value}
          // Typed into at once: the person just asked to rename.
          autoFocus
          maxLength={200}
          onChange={(event) => setValue(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              event.preventDefault();
              onDone(null);
            }
          }}
          onBlur={() => onDone(value.trim() === '' ? null : value.trim())}
        />
      </label>
    </form>
  );
}

/** The deck's first slide, drawn small from the photos' thumbnails. */
function FirstSlide({ deck, photoUrls }: { readonly deck: Deck; readonly photoUrls: PhotoUrlCache }) {
  const slide = deck.slides[0];
  const photoIds = useMemo(
    () => (slide?.items ?? []).flatMap((item) => (item.kind === 'photo' ? [item.photoId] : [])),
    [slide],
  );
  const urls = useStoredUrls(photoUrls, photoIds, 'thumbnail');
  const wanted = useMemo(
    () =>
      photoIds.flatMap((id: PhotoId) => {
        const url = urls.get(id);
        return url ? [{ id, url }] : [];
      }),
    [photoIds, urls],
  );
  const images = usePhotoImages(wanted);
  if (!slide) return <div className="deck-card-empty" aria-hidden="true" />;
  return (
    <div className="deck-card-slide" aria-hidden="true">
      <SlideView deck={deck} slide={slide} step={0} images={images} width={THUMBNAIL_WIDTH} pixelRatio={1} />
    </div>
  );
}
