// The default alt text of a photo: its file name without the extension (a small module, so the editor can
// use it without loading the whole import pipeline).
import { LIMITS } from '../model/limits';
const MAX_ALT_LENGTH = LIMITS.altText;

/** The file name without its extension: a starting point the user can edit. */
export function altFromFileName(fileName: string): string {
  const stem = fileName.replace(/\.[^./\\]*$/, '');
  return (stem === '' ? fileName : stem).slice(0, MAX_ALT_LENGTH);
}
