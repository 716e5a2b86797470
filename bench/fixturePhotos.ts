// Loads the fixture photos from the bench server and makes any number of distinct files from them.

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
 * `count` files cycling through the fixtures. Each copy gets a few unique bytes after the JPEG's end
 * marker, which decoders ignore, so every file hashes differently and nothing is deduplicated or cached.
 */
export async function distinctPhotoFiles(names: readonly string[], count: number): Promise<File[]> {
  if (names.length === 0) throw new Error('no fixture photos to load');
  const fixtures = await Promise.all(names.map(loadFixture));
  const files: File[] = [];
  for (let i = 0; i < count; i += 1) {
    const index = i % names.length;
    const fixture = fixtures[index] as Blob;
    copies += 1;
    const suffix = new TextEncoder().encode(`bench-copy-${copies}`);
    files.push(
      new File([fixture, suffix], `${i + 1}-${names[index]}`, { type: fixture.type || 'image/jpeg' }),
    );
  }
  return files;
}

export function totalBytes(blobs: readonly Blob[]): number {
  return blobs.reduce((sum, blob) => sum + blob.size, 0);
}
