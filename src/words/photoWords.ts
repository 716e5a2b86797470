// The words for why a file did not become a photo (src/media/photoProblem.ts). They read after
// "“name” could not be added: ", so each starts in lower case and has no full stop.
import type { PhotoProblem } from '../media/photoProblem';
import { APP_NAME } from './appName';
import { count } from './numbers';

export function photoProblemWords(problem: PhotoProblem): string {
  switch (problem.kind) {
    case 'unreadable':
      return 'the file could not be read';
    case 'empty':
      return 'the file is empty';
    case 'svg':
      return 'SVG drawings are not accepted: they can contain scripts';
    case 'text':
      return 'this is a text file, not a photo';
    case 'unknown-format':
      return `this is not a photo format ${APP_NAME} can read`;
    case 'truncated':
      return 'the file is cut short (truncated)';
    case 'damaged':
      return 'the photo could not be decoded (damaged file)';
    case 'resize-failed':
      return 'the photo could not be resized (the browser may be out of memory)';
    case 'metadata-not-removable':
      return 'the photo carries metadata that could not be removed safely, and re-saving its pixels failed';
    case 'heic-decoder-unavailable':
      return 'the HEIC decoder could not be loaded; please try again';
    case 'heic-damaged':
      return 'the HEIC photo could not be decoded (damaged or unsupported file)';
    case 'heic-conversion-failed':
      return 'the HEIC photo could not be converted to JPEG (the browser may be out of memory)';
    case 'too-many-pixels':
      return `the photo ${tooManyPixelsWords(problem)}`;
    case 'side-too-long':
      return (
        `the photo is too large for the browser to convert (${problem.width}×${problem.height} pixels; ` +
        `the longest side allowed is ${problem.limit})`
      );
    case 'import-stopped':
      return 'the photo could not be processed (the import stopped unexpectedly)';
  }
}

/** The notice for one file that did not become a photo. */
export function photoNotAddedWords(fileName: string, problem: PhotoProblem): string {
  return `“${fileName}” could not be added: ${photoProblemWords(problem)}.`;
}

/** "is too large (100.4 megapixels; the limit is 100)", after the photo's name or "the photo". */
export function tooManyPixelsWords({
  width,
  height,
  limit,
}: {
  width: number;
  height: number;
  limit: number;
}): string {
  const megapixels = (width * height) / 1_000_000;
  // One decimal below 1,000 ("100.4", not a confusing "100"); a photo over the limit by less than that is
  // "just over" it rather than "100; the limit is 100".
  const shown = megapixels < 1000 ? Math.round(megapixels * 10) / 10 : Math.round(megapixels);
  const size = shown > limit ? count(shown) : `just over ${count(limit)}`;
  return `is too large (${size} megapixels; the limit is ${count(limit)})`;
}
