// Decodes one photo from its URL into a bitmap Konva draws at once, at no more than a screen needs.
import { DRAW_LONG_EDGE, type PhotoImage } from './photoImages';

/**
 * Decodes one photo into a bitmap; one larger than any screen needs (an original in the exported bundle) is
 * scaled down once, so the player neither holds 24 MP of pixels per photo nor scales them every frame.
 * Undefined when the photo cannot be loaded: it stays an empty frame (the library reported it when added).
 *
 * Each photo is decoded once. A blob: URL (the editor's and the app's photos) is decoded from its bytes, off
 * the main thread. Any other URL is loaded by an <img>, because a page opened from file:// may load images but
 * not fetch them; createImageBitmap then decodes it on the main thread. An <img> decoded with decode() and then
 * drawn would be decoded twice: the canvas decodes it again, on the main thread, when it first draws it.
 */
export async function loadPhotoImage(url: string): Promise<PhotoImage | undefined> {
  if (url.startsWith('blob:')) {
    const bytes = await fetch(url).then(
      (response) => response.blob(),
      // A page whose Content-Security-Policy allows no fetch (the single HTML file) loads it as an image.
      () => null,
    );
    if (bytes)
      return fitted(
        await createImageBitmap(bytes, { imageOrientation: 'from-image' }).catch(() => undefined),
      );
  }
  const image = new Image();
  try {
    await loaded(image, url);
  } catch {
    return undefined;
  }
  try {
    return await fitted(await createImageBitmap(image, { imageOrientation: 'from-image' }));
  } catch {
    // A browser that cannot make this bitmap draws the <img> itself.
    return image.decode().then(
      () => image,
      () => undefined,
    );
  }
}

/** The bitmap itself, or a copy scaled down to DRAW_LONG_EDGE when it is bigger (the full one is closed). */
async function fitted(bitmap: ImageBitmap | undefined): Promise<ImageBitmap | undefined> {
  if (!bitmap) return undefined;
  const scale = DRAW_LONG_EDGE / Math.max(bitmap.width, bitmap.height);
  if (scale >= 1) return bitmap;
  try {
    return await createImageBitmap(bitmap, {
      resizeWidth: Math.max(1, Math.round(bitmap.width * scale)),
      resizeHeight: Math.max(1, Math.round(bitmap.height * scale)),
      resizeQuality: 'high',
    });
  } finally {
    bitmap.close();
  }
}

function loaded(image: HTMLImageElement, url: string): Promise<void> {
  return new Promise((resolve, reject) => {
    image.onload = () => resolve();
    image.onerror = () => reject(new Error(`cannot load ${url}`));
    image.src = url;
  });
}
