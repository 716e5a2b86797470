// How a photo fills its frame: which part of the photo (in photo pixels) a frame shows for a crop.
import type { Crop } from './deck';
import type { Rect, Size } from './geometry';
import { LIMITS } from './limits';

/** A crop that shows as much of the photo as the frame allows, centred on the photo's focus (or its middle). */
export function centredCrop(focus?: { x: number; y: number }): Crop {
  return { x: clampUnit(focus?.x ?? 0.5), y: clampUnit(focus?.y ?? 0.5), scale: 1 };
}

/**
 * The rectangle of the photo shown in the frame: the photo covers the frame, is zoomed by `crop.scale`
 * around the point (`crop.x`, `crop.y`), and the rectangle is pushed back inside the photo so the frame
 * never shows anything beyond the photo's edges.
 */
export function cropSource(photo: Size, frame: Size, crop: Crop): Rect {
  if (!(photo.width > 0 && photo.height > 0) || !(frame.width > 0 && frame.height > 0)) {
    return { x: 0, y: 0, width: Math.max(0, photo.width) || 0, height: Math.max(0, photo.height) || 0 };
  }
  const zoom = Number.isFinite(crop.scale) && crop.scale >= 1 ? crop.scale : 1;
  const cover = Math.max(frame.width / photo.width, frame.height / photo.height) * zoom;
  // Cover scaling makes one side match the photo exactly; float error must not push it past the edge.
  const width = Math.min(frame.width / cover, photo.width);
  const height = Math.min(frame.height / cover, photo.height);
  const centreX = clampUnit(crop.x) * photo.width;
  const centreY = clampUnit(crop.y) * photo.height;
  return {
    x: clamp(centreX - width / 2, 0, photo.width - width),
    y: clamp(centreY - height / 2, 0, photo.height - height),
    width,
    height,
  };
}

function clampUnit(value: number): number {
  return Number.isFinite(value) ? clamp(value, 0, 1) : 0.5;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), max);
}

/** The most a crop may zoom in (the schema's limit). */
/** How far a photo may be zoomed inside its frame. */
export const MAX_CROP_SCALE = LIMITS.cropScale;

/**
 * The same view as `crop`, but with its centre moved to where `cropSource` really shows it, so a pan that
 * starts from it responds at once instead of first crossing a stretch where the photo is pinned at its edge.
 */
export function clampCrop(photo: Size, frame: Size, crop: Crop): Crop {
  const scale = Number.isFinite(crop.scale) ? clamp(crop.scale, 1, MAX_CROP_SCALE) : 1;
  const shown = cropSource(photo, frame, { ...crop, scale });
  if (!(photo.width > 0 && photo.height > 0)) return { x: 0.5, y: 0.5, scale };
  return {
    x: clampUnit((shown.x + shown.width / 2) / photo.width),
    y: clampUnit((shown.y + shown.height / 2) / photo.height),
    scale,
  };
}

/**
 * The crop after dragging the photo by (`dx`, `dy`) frame units inside its frame: the photo follows the
 * pointer, so the shown region moves the other way. The frame stays covered.
 */
export function panCrop(photo: Size, frame: Size, crop: Crop, dx: number, dy: number): Crop {
  const start = clampCrop(photo, frame, crop);
  const shown = cropSource(photo, frame, start);
  if (!(frame.width > 0 && frame.height > 0 && photo.width > 0 && photo.height > 0)) return start;
  const photoPerFrame = shown.width / frame.width;
  return clampCrop(photo, frame, {
    x: start.x - (dx * photoPerFrame) / photo.width,
    y: start.y - (dy * photoPerFrame) / photo.height,
    scale: start.scale,
  });
}

/** The crop zoomed to `scale` around the centre of what the frame shows now. */
export function zoomCrop(photo: Size, frame: Size, crop: Crop, scale: number): Crop {
  const start = clampCrop(photo, frame, crop);
  return clampCrop(photo, frame, { ...start, scale });
}
