// The images a slide draws, keyed by photo id: loaded HTMLImageElements the renderer can draw at once.
import type { PhotoId } from '../model/ids';

/** A decoded image ready for Konva, with its pixel size. */
export type PhotoImage = HTMLImageElement;
export type PhotoImages = ReadonlyMap<PhotoId, PhotoImage>;
