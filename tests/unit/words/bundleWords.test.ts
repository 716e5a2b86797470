// The words for why a bundle could not be opened: one sentence for every kind of problem, read after
// "“name.zip” could not be opened: ", with the names and numbers the problem carries.
import { describe, expect, it } from 'vitest';
import type {
  BundlePhotoProblem,
  BundleProblem,
  EmbeddedDeckProblem,
  EntryProblem,
  HeaderField,
  UnsafePath,
  ZipProblem,
} from '../../../src/bundle/bundleProblem';
import { MAX_BUNDLE_BYTES, MAX_BUNDLE_ENTRIES, MAX_COMPRESSION_RATIO } from '../../../src/bundle/openBundle';
import { bundleProblemWords, embeddedDeckWords, zipProblemWords } from '../../../src/words/bundleWords';
import { deckProblemWords } from '../../../src/words/deckWords';
import { expectMentions, expectPlainWords, expectReadsAfterColon, type Sample } from './sentences';
import { DECK_ERRORS } from './deckErrorSamples';

type Samples<U extends { kind: string }> = { readonly [K in U['kind']]: Sample<Extract<U, { kind: K }>> };

const GB2 = MAX_BUNDLE_BYTES;

/** One of every kind of zip problem: TypeScript refuses this table when a kind is missing. */
const ZIP_SAMPLES: Samples<ZipProblem> = {
  'not-a-zip': { problem: { kind: 'not-a-zip' }, mentions: ['not a zip'] },
  'end-missing': { problem: { kind: 'end-missing' }, mentions: ['finished downloading'] },
  zip64: { problem: { kind: 'zip64' }, mentions: ['ZIP64'] },
  split: { problem: { kind: 'split' }, mentions: ['several parts'] },
  'too-many-files': {
    problem: { kind: 'too-many-files', count: 6001, limit: MAX_BUNDLE_ENTRIES },
    mentions: ['6,001', 'at most 5,000'],
  },
  'directory-out-of-place': { problem: { kind: 'directory-out-of-place' }, mentions: ['out of place'] },
  'directory-too-large': { problem: { kind: 'directory-too-large' }, mentions: ['far too large'] },
  'directory-cut-short': { problem: { kind: 'directory-cut-short' }, mentions: ['cut short'] },
  'unsafe-path': {
    problem: { kind: 'unsafe-path', name: '../evil.jpg', why: 'climbs-out' },
    mentions: ['"../evil.jpg"', '".."'],
  },
  encrypted: { problem: { kind: 'encrypted', name: 'media/secret.jpg' }, mentions: ['"media/secret.jpg"'] },
  'unknown-compression': {
    problem: { kind: 'unknown-compression', name: 'deck.json', method: 12 },
    mentions: ['"deck.json"', 'method 12'],
  },
  'same-name': { problem: { kind: 'same-name', name: 'media/a.jpg' }, mentions: ['"media/a.jpg"'] },
  'names-differ-in-case': {
    problem: { kind: 'names-differ-in-case', first: 'media/a.jpg', second: 'media/A.JPG' },
    mentions: ['"media/a.jpg"', '"media/A.JPG"'],
  },
  'too-large-unpacked': {
    problem: { kind: 'too-large-unpacked', limitBytes: GB2 },
    mentions: ['more than 2 GB unpacked'],
  },
  'sizes-disagree': { problem: { kind: 'sizes-disagree', name: 'notes.txt' }, mentions: ['"notes.txt"'] },
  'past-the-end': { problem: { kind: 'past-the-end', name: 'media/b.png' }, mentions: ['"media/b.png"'] },
  'entry-zip-bomb': {
    problem: { kind: 'entry-zip-bomb', name: 'media/bomb.jpg', ratio: 250 },
    mentions: ['"media/bomb.jpg"', 'more than 250 times'],
  },
  'files-overlap': { problem: { kind: 'files-overlap' }, mentions: ['overlap'] },
  'zip-bomb': { problem: { kind: 'zip-bomb', ratio: 250 }, mentions: ['more than 250 times'] },
  'header-misplaced': {
    problem: { kind: 'header-misplaced', name: 'media/c.jpg' },
    mentions: ['"media/c.jpg"'],
  },
  'header-differs': {
    problem: { kind: 'header-differs', name: 'media/d.jpg', field: 'compression method' },
    mentions: ['"media/d.jpg"', 'compression method'],
  },
};

/** One of every kind of bundle problem, the zip's included. */
const SAMPLES: Samples<BundleProblem> = {
  ...ZIP_SAMPLES,
  unreadable: {
    problem: { kind: 'unreadable', cause: 'the file went away' },
    mentions: ['(the file went away)'],
  },
  'too-large': { problem: { kind: 'too-large', limitBytes: GB2 }, mentions: ['more than 2 GB'] },
  'files-unreadable': { problem: { kind: 'files-unreadable' }, mentions: ['cannot be read'] },
  'directory-mismatch': { problem: { kind: 'directory-mismatch' }, mentions: ['does not match'] },
  'no-deck': { problem: { kind: 'no-deck' }, mentions: ['no deck.json'] },
  'deck-too-large': { problem: { kind: 'deck-too-large' }, mentions: ['deck.json', 'too large'] },
  'deck-entry': {
    problem: { kind: 'deck-entry', problem: 'checksum-differs' },
    mentions: ['deck.json', 'checksum'],
  },
  'deck-not-json': { problem: { kind: 'deck-not-json' }, mentions: ['deck.json', 'not JSON'] },
  deck: {
    problem: { kind: 'deck', error: { kind: 'too-new', version: 99, newest: 5 } },
    mentions: ['deck schema 99', 'up to schema 5'],
  },
  'photos-missing': {
    problem: { kind: 'photos-missing', count: 2, fileNames: ['photo-2.jpg', 'photo-10.png'] },
    mentions: ['2 photos', 'photo-2.jpg, photo-10.png'],
  },
  'photo-entry': {
    problem: { kind: 'photo-entry', fileName: 'IMG_1.jpg', problem: 'not-unpackable' },
    mentions: ['"IMG_1.jpg"', 'could not be unpacked'],
  },
  photo: {
    problem: { kind: 'photo', fileName: 'IMG_2.jpg', problem: { kind: 'undecodable' } },
    mentions: ['"IMG_2.jpg"', 'could not be decoded'],
  },
  'reader-stopped': { problem: { kind: 'reader-stopped' }, mentions: ['stopped unexpectedly'] },
};

const PHOTO_SAMPLES: Samples<BundlePhotoProblem> = {
  'not-an-image': {
    problem: { kind: 'not-an-image', why: { kind: 'svg' } },
    mentions: ['is not an image (SVG drawings are not accepted: they can contain scripts)'],
  },
  heic: { problem: { kind: 'heic' }, mentions: ['HEIC'] },
  'bytes-differ': { problem: { kind: 'bytes-differ' }, mentions: ['differ from the original'] },
  undecodable: { problem: { kind: 'undecodable' }, mentions: ['damaged file'] },
  'metadata-not-removable': { problem: { kind: 'metadata-not-removable' }, mentions: ['metadata'] },
  'too-many-pixels': {
    problem: { kind: 'too-many-pixels', width: 20_000, height: 10_000, limit: 100 },
    mentions: ['200 megapixels', 'the limit is 100'],
  },
};

const ENTRY_PROBLEMS: Record<EntryProblem, string> = {
  'larger-than-declared': 'it is larger than the zip says',
  'not-unpackable': 'it could not be unpacked',
  'checksum-differs': 'its checksum does not match: it was changed or damaged',
};

const UNSAFE_PATHS: Record<UnsafePath, string> = {
  backslashes: 'it uses backslashes; paths in a zip use "/"',
  absolute: 'it is an absolute path',
  'climbs-out': 'it climbs out of the bundle with ".."',
  'control-characters': 'it holds control characters',
};

const HEADER_FIELDS: Record<HeaderField, true> = {
  flags: true,
  'compression method': true,
  checksum: true,
  sizes: true,
  name: true,
};

const EMBEDDED: Samples<EmbeddedDeckProblem> = {
  'no-deck': { problem: { kind: 'no-deck' }, mentions: ['no deck'] },
  'not-json': { problem: { kind: 'not-json' }, mentions: ['not JSON'] },
  deck: { problem: { kind: 'deck', error: { kind: 'not-a-document' } }, mentions: ['not a document'] },
};

describe('bundleProblemWords', () => {
  it.each(Object.entries(SAMPLES))(
    'says %s in words that read after a colon',
    (kind, { problem, mentions }) => {
      expect(problem.kind).toBe(kind);
      const words = bundleProblemWords(problem);
      expectReadsAfterColon(words);
      expectMentions(words, mentions);
    },
  );

  it('says each kind its own way', () => {
    const all = Object.values(SAMPLES).map(({ problem }) => bundleProblemWords(problem));
    expect(new Set(all).size).toBe(all.length);
  });

  it('says a zip problem as zipProblemWords does', () => {
    for (const { problem } of Object.values(ZIP_SAMPLES)) {
      expect(bundleProblemWords(problem)).toBe(zipProblemWords(problem));
    }
  });

  it.each(Object.entries(PHOTO_SAMPLES))(
    'names the photo and says %s after it',
    (kind, { problem, mentions }) => {
      expect(problem.kind).toBe(kind);
      const words = bundleProblemWords({ kind: 'photo', fileName: 'IMG_7.jpg', problem });
      expect(words).toMatch(/^the photo "IMG_7\.jpg" in this bundle (?:is|could|carries) /);
      expectReadsAfterColon(words);
      expectMentions(words, mentions);
    },
  );

  it.each(Object.entries(ENTRY_PROBLEMS) as [EntryProblem, string][])(
    'says why an entry was not taken (%s), for deck.json and for a photo',
    (problem, said) => {
      const deck = bundleProblemWords({ kind: 'deck-entry', problem });
      expect(deck).toBe(`deck.json in this bundle is damaged (${said})`);
      expectReadsAfterColon(deck);
      const photo = bundleProblemWords({ kind: 'photo-entry', fileName: 'IMG_3.jpg', problem });
      expect(photo).toBe(`the photo "IMG_3.jpg" in this bundle is damaged (${said})`);
      expectReadsAfterColon(photo);
    },
  );

  it.each(Object.entries(UNSAFE_PATHS) as [UnsafePath, string][])(
    'says why a path is unsafe (%s)',
    (why, said) => {
      const words = bundleProblemWords({ kind: 'unsafe-path', name: 'x', why });
      expect(words).toBe(`this bundle holds a file with an unsafe path ("x": ${said})`);
      expectReadsAfterColon(words);
    },
  );

  it.each(Object.keys(HEADER_FIELDS) as HeaderField[])('names the %s a local header gets wrong', (field) => {
    const words = bundleProblemWords({ kind: 'header-differs', name: 'media/e.jpg', field });
    expect(words).toBe(
      `this zip is damaged (the ${field} of "media/e.jpg" differs from its directory entry)`,
    );
    expectReadsAfterColon(words);
  });

  it('says every deck error in lower case after the colon', () => {
    for (const error of Object.values(DECK_ERRORS)) {
      const words = bundleProblemWords({ kind: 'deck', error });
      expectPlainWords(words);
      expectReadsAfterColon(words);
    }
  });

  it('lists the first ten missing photos in their order, and counts the rest', () => {
    const fileNames = Array.from({ length: 10 }, (_, i) => `photo-${i + 1}.jpg`);
    expect(bundleProblemWords({ kind: 'photos-missing', count: 12, fileNames })).toBe(
      'this bundle is missing 12 photos: photo-1.jpg, photo-2.jpg, photo-3.jpg, photo-4.jpg, photo-5.jpg, ' +
        'photo-6.jpg, photo-7.jpg, photo-8.jpg, photo-9.jpg, photo-10.jpg and 2 more',
    );
    const ten = fileNames.slice(0, 10);
    expect(bundleProblemWords({ kind: 'photos-missing', count: 10, fileNames: ten })).toBe(
      `this bundle is missing 10 photos: ${ten.join(', ')}`,
    );
    expect(bundleProblemWords({ kind: 'photos-missing', count: 1, fileNames: ['b.jpg'] })).toBe(
      'this bundle is missing a photo: b.jpg',
    );
  });

  it('says the sentences people see for a few common bundles', () => {
    expect(bundleProblemWords({ kind: 'not-a-zip' })).toBe('this file is not a bundle (not a zip file)');
    expect(bundleProblemWords({ kind: 'no-deck' })).toBe(
      'this zip is not a Common Thread bundle (no deck.json)',
    );
    expect(bundleProblemWords({ kind: 'too-large', limitBytes: MAX_BUNDLE_BYTES })).toBe(
      'this bundle is too large to open (more than 2 GB)',
    );
    expect(bundleProblemWords({ kind: 'zip-bomb', ratio: MAX_COMPRESSION_RATIO })).toBe(
      'this bundle unpacks to more than 100 times its packed size, which only a zip bomb does',
    );
    expect(bundleProblemWords({ kind: 'deck', error: { kind: 'too-new', version: 99, newest: 5 } })).toBe(
      'it was made by a newer version of Common Thread (deck schema 99; this version opens up to schema 5), so update Common Thread to open it',
    );
    expect(
      bundleProblemWords({
        kind: 'photo',
        fileName: 'bomb.png',
        problem: { kind: 'too-many-pixels', width: 100_000, height: 100_000, limit: 100 },
      }),
    ).toBe('the photo "bomb.png" in this bundle is too large (10,000 megapixels; the limit is 100)');
    expect(bundleProblemWords({ kind: 'unreadable', cause: 'NotReadableError' })).toBe(
      'this bundle could not be read (NotReadableError)',
    );
    expect(bundleProblemWords({ kind: 'reader-stopped' })).toBe(
      'this bundle could not be read (the reader stopped unexpectedly)',
    );
  });
});

describe('embeddedDeckWords', () => {
  it.each(Object.entries(EMBEDDED))('says %s', (kind, { problem, mentions }) => {
    expect(problem.kind).toBe(kind);
    const words = embeddedDeckWords(problem);
    expectPlainWords(words);
    expectMentions(words, mentions);
  });

  it('says what a bundle’s page shows after "This slideshow cannot be played: "', () => {
    expect(embeddedDeckWords({ kind: 'no-deck' })).toBe('this page holds no deck');
    expect(embeddedDeckWords({ kind: 'not-json' })).toBe('the deck in this page is damaged (it is not JSON)');
    for (const error of Object.values(DECK_ERRORS)) {
      expect(embeddedDeckWords({ kind: 'deck', error })).toBe(deckProblemWords(error));
      expectReadsAfterColon(embeddedDeckWords({ kind: 'deck', error }));
    }
  });
});
