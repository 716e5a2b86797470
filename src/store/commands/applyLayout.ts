// Command: re-lay a slide's photos with a layout of the gallery; text, ids, reveal and stacking stay as they are.
import type { Draft } from 'immer';
import type { LayoutRef, Slide } from '../../model/deck';
import type { Size } from '../../model/geometry';
import type { SlideId } from '../../model/ids';
import { arrangePhotos, layoutRefFor } from '../../model/layouts/arrangePhotos';
import type { PhotoPlacement } from '../../model/layouts/arrangePhotos';
import { layouts } from '../../model/layouts/layoutGallery';
import { defineCommand } from '../command';
import { findSlide } from './findSlide';

export type ApplyLayoutArgs = { slideId: SlideId; kind: string };

export const applyLayout = defineCommand<ApplyLayoutArgs>((draft, { slideId, kind }) => {
  const slide = findSlide(draft, slideId);
  // Only the gallery's kinds can be chosen; anything else would store a name no app can lay out.
  if (!slide || !layouts.some((layout) => layout.kind === kind)) return;
  const layout = setLayoutKind(slide, kind, draft.size);
  placePhotos(slide, arrangePhotos(slide, draft.photos, draft.size, kind, layout.gutter, true));
});

/** Records `kind` as the slide's layout and gives its photos the frame that layout gives (polaroids' border). */
export function setLayoutKind(slide: Draft<Slide>, kind: string, size: Size): LayoutRef {
  const layout = layoutRefFor(slide.layout, kind, size);
  slide.layout = layout;
  for (const item of slide.items) {
    if (item.kind !== 'photo') continue;
    item.cornerRadius = layout.cornerRadius;
    item.borderWidth = layout.borderWidth;
    item.borderColor = layout.borderColor;
  }
  return layout;
}

/** Writes placements onto the slide's photo items, field by field, so undo records only what moved. */
export function placePhotos(slide: Draft<Slide>, placements: readonly PhotoPlacement[]): void {
  const byId = new Map(placements.map((p) => [p.itemId, p]));
  for (const item of slide.items) {
    const place = item.kind === 'photo' ? byId.get(item.id) : undefined;
    if (item.kind !== 'photo' || !place) continue;
    item.x = place.x;
    item.y = place.y;
    item.width = place.width;
    item.height = place.height;
    item.rotation = place.rotation;
    if (item.crop.x !== place.crop.x || item.crop.y !== place.crop.y || item.crop.scale !== place.crop.scale)
      item.crop = { ...place.crop };
  }
}
