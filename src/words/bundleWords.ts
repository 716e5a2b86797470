// The words for why a bundle could not be opened (src/bundle/bundleProblem.ts). They read after
// "“name.zip” could not be opened: ", so each starts in lower case and has no full stop.
import type {
  BundlePhotoProblem,
  BundleProblem,
  EmbeddedDeckProblem,
  EntryProblem,
  UnsafePath,
  ZipProblem,
} from '../bundle/bundleProblem';
import { APP_NAME } from './appName';
import { bundleDeckProblem, deckProblemWords } from './deckWords';
import { count } from './numbers';
import { photoProblemWords, tooManyPixelsWords } from './photoWords';

export function bundleProblemWords(problem: BundleProblem): string {
  switch (problem.kind) {
    case 'unreadable':
      return `this bundle could not be read (${problem.cause})`;
    case 'too-large':
      return `this bundle is too large to open (more than ${gigabytes(problem.limitBytes)})`;
    case 'files-unreadable':
      return damaged('its files cannot be read');
    case 'directory-mismatch':
      return damaged('its directory does not match its files');
    case 'no-deck':
      return `this zip is not a ${APP_NAME} bundle (no deck.json)`;
    case 'deck-too-large':
      return 'deck.json in this bundle is too large to be a deck';
    case 'deck-entry':
      return `deck.json in this bundle is damaged (${entryWords(problem.problem)})`;
    case 'deck-not-json':
      return 'deck.json in this bundle is damaged (it is not JSON)';
    case 'deck':
      return bundleDeckProblem(problem.error);
    case 'photos-missing':
      return missingPhotosWords(problem);
    case 'photo-entry':
      return `the photo "${problem.fileName}" in this bundle is damaged (${entryWords(problem.problem)})`;
    case 'photo':
      return `the photo "${problem.fileName}" in this bundle ${bundlePhotoWords(problem.problem)}`;
    case 'reader-stopped':
      return 'this bundle could not be read (the reader stopped unexpectedly)';
    default:
      return zipProblemWords(problem);
  }
}

export function zipProblemWords(problem: ZipProblem): string {
  switch (problem.kind) {
    case 'not-a-zip':
      return 'this file is not a bundle (not a zip file)';
    case 'end-missing':
      return damaged('its end is missing; it may not have finished downloading');
    case 'zip64':
      return `this zip uses the ZIP64 format for archives over 4 GB, which ${APP_NAME} does not open (bundles stay under 2 GB)`;
    case 'split':
      return 'this zip is split into several parts; join them into one zip first';
    case 'too-many-files':
      return `this bundle holds too many files (${count(problem.count)}; at most ${count(problem.limit)})`;
    case 'directory-out-of-place':
      return damaged('its directory is out of place');
    case 'directory-too-large':
      return damaged('its directory is far too large');
    case 'directory-cut-short':
      return damaged('its directory is cut short');
    case 'unsafe-path':
      return `this bundle holds a file with an unsafe path ("${problem.name}": ${unsafePathWords(problem.why)})`;
    case 'encrypted':
      return `"${problem.name}" in this bundle is encrypted (zips protected by a password cannot be opened)`;
    case 'unknown-compression':
      return `"${problem.name}" in this bundle is compressed in a way ${APP_NAME} cannot unpack (method ${problem.method}; only stored and deflated files can be)`;
    case 'same-name':
      return `this bundle holds two files named "${problem.name}"`;
    case 'names-differ-in-case':
      return `this bundle holds two files whose names differ only in capitals ("${problem.first}" and "${problem.second}")`;
    case 'too-large-unpacked':
      return `this bundle is too large to open (more than ${gigabytes(problem.limitBytes)} unpacked)`;
    case 'sizes-disagree':
      return damaged(`the sizes of "${problem.name}" do not agree`);
    case 'past-the-end':
      return damaged(`"${problem.name}" reaches past the end of the files`);
    case 'entry-zip-bomb':
      return `"${problem.name}" in this bundle unpacks to more than ${problem.ratio} times its packed size, which only a zip bomb does`;
    case 'files-overlap':
      return damaged('its files overlap each other, which only a zip bomb does');
    case 'zip-bomb':
      return `this bundle unpacks to more than ${problem.ratio} times its packed size, which only a zip bomb does`;
    case 'header-misplaced':
      return damaged(`"${problem.name}" is not where its directory says`);
    case 'header-differs':
      return damaged(`the ${problem.field} of "${problem.name}" differs from its directory entry`);
  }
}

/** After "the photo “name” in this bundle". */
function bundlePhotoWords(problem: BundlePhotoProblem): string {
  switch (problem.kind) {
    case 'not-an-image':
      return `is not an image (${photoProblemWords(problem.why)})`;
    case 'heic':
      return 'is a HEIC file, which browsers cannot show';
    case 'bytes-differ':
      return 'is damaged (its bytes differ from the original)';
    case 'undecodable':
      return 'could not be decoded (damaged file)';
    case 'metadata-not-removable':
      return 'carries metadata that could not be removed';
    case 'too-many-pixels':
      return tooManyPixelsWords(problem);
  }
}

function entryWords(problem: EntryProblem): string {
  switch (problem) {
    case 'larger-than-declared':
      return 'it is larger than the zip says';
    case 'not-unpackable':
      return 'it could not be unpacked';
    case 'checksum-differs':
      return 'its checksum does not match: it was changed or damaged';
  }
}

function unsafePathWords(why: UnsafePath): string {
  switch (why) {
    case 'backslashes':
      return 'it uses backslashes; paths in a zip use "/"';
    case 'absolute':
      return 'it is an absolute path';
    case 'climbs-out':
      return 'it climbs out of the bundle with ".."';
    case 'control-characters':
      return 'it holds control characters';
  }
}

function missingPhotosWords({
  fileNames,
  count: missing,
}: {
  fileNames: readonly string[];
  count: number;
}): string {
  // The problem names the first few (MISSING_PHOTOS_NAMED); the rest are counted.
  const more = missing > fileNames.length ? ` and ${count(missing - fileNames.length)} more` : '';
  const noun = missing === 1 ? 'a photo' : `${count(missing)} photos`;
  return `this bundle is missing ${noun}: ${fileNames.join(', ')}${more}`;
}

/** Why a bundle's own page cannot play; reads after "This slideshow cannot be played: ". */
export function embeddedDeckWords(problem: EmbeddedDeckProblem): string {
  switch (problem.kind) {
    case 'no-deck':
      return 'this page holds no deck';
    case 'not-json':
      return 'the deck in this page is damaged (it is not JSON)';
    case 'deck':
      return deckProblemWords(problem.error);
  }
}

function damaged(what: string): string {
  return `this zip is damaged (${what})`;
}

function gigabytes(bytes: number): string {
  return `${Math.round(bytes / 1024 ** 3)} GB`;
}
