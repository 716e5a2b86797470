// Why a bundle could not be opened, as data: what is wrong, with the names and numbers that say where. The
// words live in src/words/bundleWords.ts. Found in this order: the zip's directory and headers (before anything
// is unpacked), then deck.json, then each photo.
import type { DeckError } from '../model/parseDeck';
import type { PhotoProblem } from '../media/photoProblem';

/** How many missing photos a problem names (the rest are counted): a notice, not a list of 5,000. */
export const MISSING_PHOTOS_NAMED = 10;

/** Why a path in a zip could land outside the folder it is unpacked into. */
export type UnsafePath = 'backslashes' | 'absolute' | 'climbs-out' | 'control-characters';

/** A field of an entry's local header that says something else than its directory entry. */
export type HeaderField = 'flags' | 'compression method' | 'checksum' | 'sizes' | 'name';

/** What a zip's directory or local headers get wrong; `name` is the entry's name as the zip gives it. */
export type ZipProblem =
  | { readonly kind: 'not-a-zip' }
  /** It starts like a zip but its end is missing: the download stopped part-way. */
  | { readonly kind: 'end-missing' }
  | { readonly kind: 'zip64' }
  | { readonly kind: 'split' }
  | { readonly kind: 'too-many-files'; readonly count: number; readonly limit: number }
  | { readonly kind: 'directory-out-of-place' }
  | { readonly kind: 'directory-too-large' }
  | { readonly kind: 'directory-cut-short' }
  | { readonly kind: 'unsafe-path'; readonly name: string; readonly why: UnsafePath }
  | { readonly kind: 'encrypted'; readonly name: string }
  | { readonly kind: 'unknown-compression'; readonly name: string; readonly method: number }
  | { readonly kind: 'same-name'; readonly name: string }
  | { readonly kind: 'names-differ-in-case'; readonly first: string; readonly second: string }
  | { readonly kind: 'too-large-unpacked'; readonly limitBytes: number }
  | { readonly kind: 'sizes-disagree'; readonly name: string }
  | { readonly kind: 'past-the-end'; readonly name: string }
  | { readonly kind: 'entry-zip-bomb'; readonly name: string; readonly ratio: number }
  | { readonly kind: 'files-overlap' }
  | { readonly kind: 'zip-bomb'; readonly ratio: number }
  | { readonly kind: 'header-misplaced'; readonly name: string }
  | { readonly kind: 'header-differs'; readonly name: string; readonly field: HeaderField };

/** Why an entry's bytes were not taken once unpacked. */
export type EntryProblem = 'larger-than-declared' | 'not-unpackable' | 'checksum-differs';

/** Why a photo that deck.json names was refused. */
export type BundlePhotoProblem =
  | { readonly kind: 'not-an-image'; readonly why: PhotoProblem }
  | { readonly kind: 'heic' }
  | { readonly kind: 'bytes-differ' }
  | { readonly kind: 'undecodable' }
  | { readonly kind: 'metadata-not-removable' }
  | Extract<PhotoProblem, { kind: 'too-many-pixels' }>;

export type BundleProblem =
  | ZipProblem
  /** Reading the file threw (the browser lost access to it, say): the cause in the browser's own words. */
  | { readonly kind: 'unreadable'; readonly cause: string }
  | { readonly kind: 'too-large'; readonly limitBytes: number }
  /** The directory was sound but the zip reader could not find the files where it says. */
  | { readonly kind: 'files-unreadable' }
  | { readonly kind: 'directory-mismatch' }
  | { readonly kind: 'no-deck' }
  | { readonly kind: 'deck-too-large' }
  | { readonly kind: 'deck-entry'; readonly problem: EntryProblem }
  | { readonly kind: 'deck-not-json' }
  | { readonly kind: 'deck'; readonly error: DeckError }
  /** Photos deck.json names that the zip does not hold: how many, and the first few names in name order. */
  | { readonly kind: 'photos-missing'; readonly count: number; readonly fileNames: readonly string[] }
  | { readonly kind: 'photo-entry'; readonly fileName: string; readonly problem: EntryProblem }
  | { readonly kind: 'photo'; readonly fileName: string; readonly problem: BundlePhotoProblem }
  /** The worker reading it stopped. */
  | { readonly kind: 'reader-stopped' };

/** Why a bundle's own page cannot play the deck it embeds. */
export type EmbeddedDeckProblem =
  | { readonly kind: 'no-deck' }
  | { readonly kind: 'not-json' }
  | { readonly kind: 'deck'; readonly error: DeckError };
