// What a bundle carries of a deck: only the photos its slides show, under neutral names, with alt text only
// where the user wrote it, and speaker notes only when asked for. A bundle is mailed to other people, so
// nothing of the library, the file names or the notes leaves unless the user chose it. No DOM: unit-testable.
import type { Deck, PhotoMeta } from '../model/deck';
import type { PhotoId } from '../model/ids';
import { altFromFileName } from '../media/altFromFileName';
import { extensionOf } from './bundleLayout';

export type BundleChoice = {
  /** Speaker notes go out only when ticked: for presenting from the bundle. */
  readonly includeNotes: boolean;
};

export const DEFAULT_BUNDLE_CHOICE: BundleChoice = { includeNotes: false };

/** The photos the slides show, in the order a viewer first meets them: each slide's items, then its answer's. */
export function shownPhotoIds(deck: Deck): PhotoId[] {
  const shown = new Set<PhotoId>();
  for (const slide of deck.slides) {
    for (const item of slide.items) if (item.kind === 'photo') shown.add(item.photoId);
    for (const id of slide.reveal?.answer.photoIds ?? []) shown.add(id);
  }
  return [...shown].filter((id) => id in deck.photos);
}

/** "photo-3.jpg": the name a bundle gives its third photo, whatever the user's file was called. */
export function neutralName(position: number, mimeType: PhotoMeta['mimeType']): string {
  return `photo-${position}.${extensionOf(mimeType)}`;
}

/** The alt text the user wrote: none when it is empty or still the default made from the file name. */
function writtenAlt(photo: PhotoMeta): string | undefined {
  const alt = photo.alt?.trim();
  if (!alt || photo.alt === altFromFileName(photo.fileName)) return undefined;
  return photo.alt;
}

/**
 * The deck as the bundle holds it. Photos are named "photo-1.jpg", "photo-2.png"… in the order they are shown,
 * so a bundle opened and exported again names them the same way.
 */
export function bundleDeck(deck: Deck, choice: BundleChoice = DEFAULT_BUNDLE_CHOICE): Deck {
  const photos: Deck['photos'] = {};
  shownPhotoIds(deck).forEach((id, index) => {
    const photo = deck.photos[id] as PhotoMeta;
    const { fileName: _fileName, alt: _alt, ...facts } = photo;
    const alt = writtenAlt(photo);
    photos[id] = {
      ...facts,
      fileName: neutralName(index + 1, photo.mimeType),
      ...(alt === undefined ? {} : { alt }),
    };
  });
  const slides = choice.includeNotes ? deck.slides : deck.slides.map((slide) => ({ ...slide, notes: '' }));
  return { ...deck, photos, slides };
}

/** Whether any slide has speaker notes worth the name. */
export function hasNotes(deck: Deck): boolean {
  return deck.slides.some((slide) => slide.notes.trim() !== '');
}

/** What goes out, in one line for the export dialog: "7 photos, no locations, no file names, no notes". */
export function bundleSummary(deck: Deck, choice: BundleChoice): string {
  const count = shownPhotoIds(deck).length;
  const photos = count === 0 ? 'no photos' : count === 1 ? '1 photo' : `${count} photos`;
  const notes = choice.includeNotes && hasNotes(deck) ? 'speaker notes included' : 'no notes';
  return `${photos}, no locations, no file names, ${notes}`;
}
