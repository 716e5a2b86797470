// The layout gallery: every collage layout previewed live with the selected slide's own photos; a click applies it.
import { memo, useMemo } from 'react';
import type { Deck, Slide } from '../../model/deck';
import { slideWithLayout } from '../../model/layouts/arrangePhotos';
import { findLayout, layouts } from '../../model/layouts/layoutGallery';
import { lastStepBeforeAnswer } from '../../model/revealSteps';
import type { PhotoImages } from '../../slide/photoImages';
import { SlideView } from '../../slide/SlideView';
import { commands } from '../../store/commands';
import { useEditorServices } from '../editorServices';
import { InspectorSection } from './InspectorSection';
import { usePhotoUrls } from '../library/usePhotoUrls';
import { useSlideImages } from '../library/useSlideImages';

const PREVIEW_WIDTH = 76;
// Previews are small; a lower pixel ratio keeps twelve live stages cheap.
const PREVIEW_PIXEL_RATIO = 1;

type LayoutGalleryProps = { readonly deck: Deck; readonly slide: Slide };

export function LayoutGallery({ deck, slide }: LayoutGalleryProps) {
  const { deckStore } = useEditorServices();
  const urls = usePhotoUrls('thumbnail');
  const images = useSlideImages(slide, urls);
  // A kind from a newer app is laid out as the default, so the default is the one shown as current.
  const current = slide.layout ? findLayout(slide.layout.kind).kind : undefined;

  return (
    <InspectorSection
      section="layout"
      title="Layout"
      className="layout-gallery"
      headingId="layout-gallery-heading"
    >
      <div className="layout-grid" role="group" aria-labelledby="layout-gallery-heading">
        {layouts.map((layout) => (
          <button
            key={layout.kind}
            type="button"
            className="layout-choice"
            aria-pressed={layout.kind === current}
            onClick={() =>
              deckStore.getState().dispatch(commands.applyLayout, { slideId: slide.id, kind: layout.kind })
            }
          >
            <LayoutPreview deck={deck} slide={slide} kind={layout.kind} images={images} />
            <span className="layout-label">{layout.label}</span>
          </button>
        ))}
      </div>
    </InspectorSection>
  );
}

type LayoutPreviewProps = { deck: Deck; slide: Slide; kind: string; images: PhotoImages };

// Only a change to this slide, the photos or the images redraws a preview (typing a deck title does not).
const LayoutPreview = memo(
  LayoutPreviewView,
  (before, after) =>
    before.slide === after.slide &&
    before.kind === after.kind &&
    before.images === after.images &&
    before.deck.photos === after.deck.photos &&
    before.deck.size === after.deck.size &&
    before.deck.theme === after.deck.theme,
);

function LayoutPreviewView({ deck, slide, kind, images }: LayoutPreviewProps) {
  const preview = useMemo(
    () => slideWithLayout(slide, deck.photos, deck.size, kind),
    [slide, deck.photos, deck.size, kind],
  );
  // A quiz slide is previewed with all its photos in, before the answer: the collage itself, the secret kept.
  const step = lastStepBeforeAnswer(slide);
  return (
    <SlideView
      deck={deck}
      slide={preview}
      step={step}
      images={images}
      width={PREVIEW_WIDTH}
      pixelRatio={PREVIEW_PIXEL_RATIO}
      className="layout-preview"
    />
  );
}
