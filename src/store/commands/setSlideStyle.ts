// Command: a slide's collage style (gutter, corners, border, background); dragging one slider is one undo step.
import type { SlideId } from '../../model/ids';
import { arrangePhotos, DEFAULT_LAYOUT_REF } from '../../model/layouts/arrangePhotos';
import { defineCommand } from '../command';
import { placePhotos } from './applyLayout';
import { findSlide } from './findSlide';
import { LIMITS } from '../../model/limits';

export type SetSlideStyleArgs = {
  slideId: SlideId;
  gutter?: number;
  cornerRadius?: number;
  borderWidth?: number;
  borderColor?: string;
  background?: string;
};

// The schema's limits; a value past them would make the deck fail to load again.
const MAX_GUTTER = LIMITS.gutter;
const MAX_CORNER_RADIUS = LIMITS.cornerRadius;
const MAX_BORDER_WIDTH = LIMITS.borderWidth;
const MAX_COLOR_LENGTH = LIMITS.color;

export const setSlideStyle = defineCommand<SetSlideStyleArgs>(
  (draft, { slideId, gutter, cornerRadius, borderWidth, borderColor, background }) => {
    const slide = findSlide(draft, slideId);
    if (!slide) return;
    const layout = { ...(slide.layout ?? DEFAULT_LAYOUT_REF) };
    const newGutter = inRange(gutter, MAX_GUTTER);
    if (newGutter !== undefined) layout.gutter = newGutter;
    const newRadius = inRange(cornerRadius, MAX_CORNER_RADIUS);
    if (newRadius !== undefined) layout.cornerRadius = newRadius;
    const newBorder = inRange(borderWidth, MAX_BORDER_WIDTH);
    if (newBorder !== undefined) layout.borderWidth = newBorder;
    if (isColor(borderColor)) layout.borderColor = borderColor;
    if (isColor(background)) slide.background = background;

    const before = slide.layout;
    if (
      before === null ||
      before.gutter !== layout.gutter ||
      before.cornerRadius !== layout.cornerRadius ||
      before.borderWidth !== layout.borderWidth ||
      before.borderColor !== layout.borderColor
    ) {
      slide.layout = layout;
    }
    for (const item of slide.items) {
      if (item.kind !== 'photo') continue;
      if (newRadius !== undefined) item.cornerRadius = newRadius;
      if (newBorder !== undefined) item.borderWidth = newBorder;
      if (isColor(borderColor)) item.borderColor = borderColor;
    }
    if (newGutter !== undefined && newGutter !== before?.gutter) {
      // An unknown (newer app's) kind is laid out as the default but keeps its name.
      placePhotos(slide, arrangePhotos(slide, draft.photos, draft.size, layout.kind, newGutter, false));
    }
  },
  {
    mergeKey: ({ slideId, ...fields }) =>
      `${slideId}:${Object.entries(fields)
        .filter(([, value]) => value !== undefined)
        .map(([name]) => name)
        .sort()
        .join(',')}`,
  },
);

function inRange(value: number | undefined, max: number): number | undefined {
  return value !== undefined && Number.isFinite(value) ? Math.min(Math.max(value, 0), max) : undefined;
}

function isColor(value: string | undefined): value is string {
  return value !== undefined && value.length > 0 && value.length <= MAX_COLOR_LENGTH;
}
