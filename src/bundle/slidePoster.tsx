// The bundle's first-slide picture: the first slide at its first step, drawn by the player's own renderer into
// a JPEG that index.html shows the moment it opens, before the player script has started.
import type Konva from 'konva';
import { useEffect, useRef } from 'react';
import { createRoot } from 'react-dom/client';
import type { Deck, PhotoMeta } from '../model/deck';
import type { PhotoId } from '../model/ids';
import { loadSlideFonts } from '../slide/fonts';
import type { PhotoImage } from '../slide/photoImages';
import { releasePhotoImage } from '../slide/photoLoadQueue';
import { SlideView } from '../slide/SlideView';

/** Sharp enough for a first look on a projector, and light: it is shown only until the player has drawn. */
const POSTER_QUALITY = 0.85;

/**
 * Draws slide `slideIndex` at step 0 at the deck's size, with `loadImage` giving each of its photos (a
 * screen-sized rendition is enough). Null when the deck has no such slide.
 */
export async function renderSlidePoster(
  deck: Deck,
  loadImage: (photo: PhotoMeta) => Promise<PhotoImage | undefined>,
  slideIndex = 0,
): Promise<Blob | null> {
  const slide = deck.slides[slideIndex];
  if (!slide) return null;
  const images = new Map<PhotoId, PhotoImage>();
  const container = document.createElement('div');
  container.style.cssText = 'position: fixed; left: -100000px; top: 0; pointer-events: none;';
  container.setAttribute('aria-hidden', 'true');
  const root = createRoot(container);
  try {
    for (const item of slide.items) {
      const photo = item.kind === 'photo' ? deck.photos[item.photoId] : undefined;
      if (!photo || images.has(photo.id)) continue;
      const image = await loadImage(photo);
      if (image) images.set(photo.id, image);
    }
    // Text is measured as it is drawn: the shipped fonts must be there first, as in the player.
    await loadSlideFonts();
    document.body.append(container);
    const stage = await new Promise<Konva.Stage>((resolve) =>
      root.render(<Drawn deck={deck} slide={slideIndex} images={images} onStage={resolve} />),
    );
    return await stage
      .toBlob({ mimeType: 'image/jpeg', quality: POSTER_QUALITY, pixelRatio: 1 })
      .then((blob) => (blob instanceof Blob ? blob : null));
  } finally {
    root.unmount();
    container.remove();
    for (const image of images.values()) releasePhotoImage(image);
  }
}

function Drawn({
  deck,
  slide,
  images,
  onStage,
}: {
  readonly deck: Deck;
  readonly slide: number;
  readonly images: ReadonlyMap<PhotoId, PhotoImage>;
  readonly onStage: (stage: Konva.Stage) => void;
}) {
  const stage = useRef<Konva.Stage>(null);
  useEffect(() => {
    if (stage.current) onStage(stage.current);
  }, [onStage]);
  const shown = deck.slides[slide];
  if (!shown) return null;
  return (
    <SlideView
      deck={deck}
      slide={shown}
      step={0}
      images={images}
      width={deck.size.width}
      pixelRatio={1}
      stageRef={stage}
    />
  );
}
