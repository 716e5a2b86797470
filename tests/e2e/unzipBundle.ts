// An exported zip unzipped into a folder, as a person does before double-clicking index.html.
import JSZip from 'jszip';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export async function unzipTo(zipPath: string, folder: string): Promise<JSZip> {
  const zip = await JSZip.loadAsync(readFileSync(zipPath));
  for (const entry of Object.values(zip.files)) {
    if (entry.dir) continue;
    const target = path.join(folder, entry.name);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, await entry.async('nodebuffer'));
  }
  return zip;
}
