// The shapes every collage layout of the gallery shares: what goes in, what comes out.
import type { Rect, Size } from '../geometry';

/** One photo to place: its aspect ratio (width / height) and a stable key (the item id) for seeded jitter. */
export type LayoutPhoto = { readonly aspect: number; readonly key?: string };

/** `seed` (the slide id) makes scattered layouts differ between slides yet stay the same on every run. */
export type LayoutStyle = { readonly gutter: number; readonly seed?: string };

/** Where one photo goes. `rotation` is in degrees, clockwise about (x, y), as Konva turns a node. */
export type Cell = Rect & { rotation?: number };

export type ArrangeCells = (photos: readonly LayoutPhoto[], slide: Size, style: LayoutStyle) => Cell[];

/** The frame a layout gives every photo when chosen (polaroids' white border); others keep the slide's style. */
export type LayoutFrame = { borderWidth: number; borderColor: string; cornerRadius: number };

export type Layout = {
  /** Stored in the deck as `slide.layout.kind`. */
  readonly kind: string;
  /** The name people see in the gallery. */
  readonly label: string;
  readonly arrange: ArrangeCells;
  /** Cells fill the slide with even gutters between them and at its edges. */
  readonly tiling: boolean;
  /** Cells overlap by design (a pile of polaroids, a stack revealed one at a time). */
  readonly overlaps: boolean;
  readonly frame?: (slide: Size) => LayoutFrame;
};
