// Finds a photo's point of interest with smartcrop, from the thumbnail's pixels, for cropping collage cells.

export type Focus = { x: number; y: number };
export type Pixels = { width: number; height: number; data: Uint8ClampedArray };

/** smartcrop's defaults cost ~50 ms on a 320 px thumbnail; at half that size they cost a few. */
const ANALYSIS_LONG_EDGE = 160;

/** The subset of smartcrop's options and result used here (its own typings omit most of them). */
type SmartcropOptions = {
  width: number;
  height: number;
  minScale: number;
  edgeWeight: number;
  ruleOfThirds: boolean;
  prescale: boolean;
  imageOperations: {
    open(image: Pixels): Promise<Pixels>;
    resample(image: Pixels, width: number, height: number): Promise<Pixels>;
    getData(image: Pixels): Promise<Pixels>;
  };
};
type SmartcropCrop = { x: number; y: number; width: number; height: number };
type Smartcrop = {
  crop(image: Pixels, options: SmartcropOptions): Promise<{ topCrop: SmartcropCrop | null }>;
};

/**
 * The centre of the best square crop, as fractions (0..1) of the width and height.
 *
 * Why a square: collage cells range from portrait to landscape and a square sits between them. Squares
 * from the full short side down to half of it are tried, so a subject off to one side or in a corner moves
 * both coordinates (a full-side square on a landscape photo could only move sideways). Rule of thirds is
 * off because the collage centres the frame on this point: the subject belongs at the crop's centre, not
 * on a third.
 */
export async function findFocus(thumbnail: Pixels): Promise<Focus | undefined> {
  if (!(thumbnail.width > 0 && thumbnail.height > 0)) return undefined;
  const pixels = halveUntil(thumbnail, ANALYSIS_LONG_EDGE);
  const { default: smartcrop } = (await import('smartcrop')) as unknown as { default: Smartcrop };
  const same = (image: Pixels) => Promise.resolve(image);
  const { topCrop } = await smartcrop.crop(pixels, {
    width: 1,
    height: 1,
    minScale: 0.5,
    // smartcrop's default (-20) keeps detail away from a crop's edges so a final crop never cuts through a
    // subject; with it, a subject in a corner (where no crop can centre it) was left out entirely. Here
    // the crop only steers the collage's own crop, so a softer penalty keeps the subject in.
    edgeWeight: -5,
    ruleOfThirds: false,
    // The pixels are already small: smartcrop's own prescaling (which needs a canvas) is skipped.
    prescale: false,
    imageOperations: {
      open: same,
      getData: same,
      resample: () => Promise.reject(new Error('smartcrop should not resample: prescale is off')),
    },
  });
  if (!topCrop) return undefined;
  return {
    x: roundUnit((topCrop.x + topCrop.width / 2) / pixels.width),
    y: roundUnit((topCrop.y + topCrop.height / 2) / pixels.height),
  };
}

/** Averages 2×2 blocks until the long edge fits; cheap next to a canvas round trip in a worker. */
function halveUntil(image: Pixels, longEdge: number): Pixels {
  let current = image;
  while (Math.max(current.width, current.height) > longEdge && Math.min(current.width, current.height) >= 2) {
    const width = Math.floor(current.width / 2);
    const height = Math.floor(current.height / 2);
    const data = new Uint8ClampedArray(width * height * 4);
    const source = current.data;
    const stride = current.width * 4;
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        const a = y * 2 * stride + x * 8;
        const o = (y * width + x) * 4;
        for (let c = 0; c < 4; c++) {
          data[o + c] =
            ((source[a + c] ?? 0) +
              (source[a + 4 + c] ?? 0) +
              (source[a + stride + c] ?? 0) +
              (source[a + stride + 4 + c] ?? 0) +
              2) >>
            2;
        }
      }
    }
    current = { width, height, data };
  }
  return current;
}

/** Three decimals are finer than any cell can show, and keep the saved deck short. */
function roundUnit(value: number): number {
  return Math.min(1, Math.max(0, Math.round(value * 1000) / 1000));
}
