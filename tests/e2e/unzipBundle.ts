// An exported zip read or unzipped into a folder, as a person does before double-clicking index.html: every
// e2e spec reads a bundle through here.
import JSZip from 'jszip';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** The zip at `zipPath`, read (not unpacked). */
export function readZip(zipPath: string): Promise<JSZip> {
  return JSZip.loadAsync(readFileSync(zipPath));
}

export async function unzipTo(zipPath: string, folder: string): Promise<JSZip> {
  const zip = await readZip(zipPath);
  for (const entry of Object.values(zip.files)) {
    if (entry.dir) continue;
    const target = path.join(folder, entry.name);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, await entry.async('nodebuffer'));
  }
  return zip;
}
