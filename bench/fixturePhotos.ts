// Loads the fixture photos from the bench server and makes any number of distinct files from them.

/** A phone's 12 MP photo: 4000 × 3000, or 3000 × 4000 when the fixture stands upright. */
export const PHONE_LONG_EDGE = 4000;
export const PHONE_SHORT_EDGE = 3000;
export const PHONE_JPEG_QUALITY = 0.9;

const loaded = new Map<string, Blob>();
let copies = 0;

async function loadFixture(name: string): Promise<Blob> {
  const cached = loaded.get(name);
  if (cached) return cached;
  const response = await fetch(`/bench-fixtures/${encodeURIComponent(name)}`);
  if (!response.ok) throw new Error(`fixture ${name}: HTTP ${response.status}`);
  const blob = await response.blob();
  loaded.set(name, blob);
  return blob;
}

/**
 * `count` files cycling through the fixtures (JPEGs). Each copy gets a JPEG comment of its own after the start
 * marker, which decoders skip and the import keeps, so every file hashes differently, before and after the
 * import's cleaning, and nothing is deduplicated or cached.
 */
export async function distinctPhotoFiles(names: readonly string[], count: number): Promise<File[]> {
  if (names.length === 0) throw new Error('no fixture photos to load');
  return distinctFiles(names, await Promise.all(names.map(loadFixture)), count);
}

/**
 * Each fixture scaled (and cropped to fill, never stretched) to a 12 MP photo as a phone takes it, encoded
 * as JPEG q0.9. Slow (a second or so per fixture), so made once and kept for the page.
 */
export async function phonePhotos(names: readonly string[]): Promise<Blob[]> {
  if (names.length === 0) throw new Error('no fixture photos to load');
  const made: Blob[] = [];
  // One at a time: several 12 MP canvases at once would only make setup's memory peak higher.
  for (const name of names) made.push(await scaledToPhone(await loadFixture(name)));
  return made;
}

async function scaledToPhone(fixture: Blob): Promise<Blob> {
  const bitmap = await createImageBitmap(fixture, { imageOrientation: 'from-image' });
  const upright = bitmap.height > bitmap.width;
  const width = upright ? PHONE_SHORT_EDGE : PHONE_LONG_EDGE;
  const height = upright ? PHONE_LONG_EDGE : PHONE_SHORT_EDGE;
  const scale = Math.max(width / bitmap.width, height / bitmap.height);
  const canvas = new OffscreenCanvas(width, height);
  try {
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2D canvas context');
    context.imageSmoothingQuality = 'high';
    const drawnWidth = bitmap.width * scale;
    const drawnHeight = bitmap.height * scale;
    context.drawImage(bitmap, (width - drawnWidth) / 2, (height - drawnHeight) / 2, drawnWidth, drawnHeight);
    return await canvas.convertToBlob({ type: 'image/jpeg', quality: PHONE_JPEG_QUALITY });
  } finally {
    bitmap.close();
    canvas.width = 0;
    canvas.height = 0;
  }
}

/** `count` files cycling through `fixtures` (named after `names`), each made distinct as described above. */
export function distinctFiles(names: readonly string[], fixtures: readonly Blob[], count: number): File[] {
  const files: File[] = [];
  for (let i = 0; i < count; i += 1) {
    const index = i % names.length;
    const fixture = fixtures[index] as Blob;
    copies += 1;
    // A JPEG comment (COM segment) right after SOI: the import keeps comments, while bytes after the end of
    // the image are dropped with the rest of what a file carries past its end, which made copies identical.
    const text = new TextEncoder().encode(`bench-copy-${copies}`);
    const length = text.length + 2;
    const comment = new Uint8Array([0xff, 0xfe, length >> 8, length & 0xff, ...text]);
    files.push(
      new File([fixture.slice(0, 2), comment, fixture.slice(2)], `${i + 1}-${names[index]}`, {
        type: fixture.type || 'image/jpeg',
      }),
    );
  }
  return files;
}

export function totalBytes(blobs: readonly Blob[]): number {
  return blobs.reduce((sum, blob) => sum + blob.size, 0);
}
