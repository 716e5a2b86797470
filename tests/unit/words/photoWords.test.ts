// The words for why a file did not become a photo: one sentence for every kind of problem, read after
// "“name” could not be added: ", with the numbers the problem carries.
import { describe, expect, it } from 'vitest';
import {
  MAX_CANVAS_SIDE,
  MAX_MEGAPIXELS,
  PhotoProblemError,
  sideTooLong,
  tooManyPixels,
  type PhotoProblem,
} from '../../../src/media/photoProblem';
import { causeWords } from '../../../src/words/causeWords';
import { photoNotAddedWords, photoProblemWords, tooManyPixelsWords } from '../../../src/words/photoWords';
import { expectMentions, expectReadsAfterColon, type Sample } from './sentences';

type Kind = PhotoProblem['kind'];

/** One of every kind: TypeScript refuses this table when a kind is added to PhotoProblem and not here. */
const SAMPLES: { readonly [K in Kind]: Sample<Extract<PhotoProblem, { kind: K }>> } = {
  unreadable: { problem: { kind: 'unreadable' }, mentions: ['could not be read'] },
  empty: { problem: { kind: 'empty' }, mentions: ['empty'] },
  svg: { problem: { kind: 'svg' }, mentions: ['SVG', 'scripts'] },
  text: { problem: { kind: 'text' }, mentions: ['text file'] },
  'unknown-format': { problem: { kind: 'unknown-format' }, mentions: ['Common Thread'] },
  truncated: { problem: { kind: 'truncated' }, mentions: ['cut short'] },
  damaged: { problem: { kind: 'damaged' }, mentions: ['damaged'] },
  'resize-failed': { problem: { kind: 'resize-failed' }, mentions: ['resized'] },
  'metadata-not-removable': { problem: { kind: 'metadata-not-removable' }, mentions: ['metadata'] },
  'heic-decoder-unavailable': {
    problem: { kind: 'heic-decoder-unavailable' },
    mentions: ['HEIC', 'try again'],
  },
  'heic-damaged': { problem: { kind: 'heic-damaged' }, mentions: ['HEIC', 'damaged'] },
  'heic-conversion-failed': { problem: { kind: 'heic-conversion-failed' }, mentions: ['HEIC', 'JPEG'] },
  // 12,345 × 9,876 is 121,919,220 pixels.
  'too-many-pixels': {
    problem: { kind: 'too-many-pixels', width: 12_345, height: 9876, limit: 90 },
    mentions: ['121.9 megapixels', 'the limit is 90'],
  },
  'side-too-long': {
    problem: { kind: 'side-too-long', width: 20_000, height: 3000, limit: 15_000 },
    mentions: ['20000×3000 pixels', 'allowed is 15000'],
  },
  'import-stopped': { problem: { kind: 'import-stopped' }, mentions: ['stopped'] },
};

describe('photoProblemWords', () => {
  it.each(Object.entries(SAMPLES))(
    'says %s in words that read after a colon',
    (kind, { problem, mentions }) => {
      expect(problem.kind).toBe(kind);
      const words = photoProblemWords(problem);
      expectReadsAfterColon(words);
      expectMentions(words, mentions);
    },
  );

  it('says each kind its own way', () => {
    const all = Object.values(SAMPLES).map(({ problem }) => photoProblemWords(problem));
    expect(new Set(all).size).toBe(all.length);
  });

  it('says what people have always been told for each kind', () => {
    const told: [PhotoProblem, string][] = [
      [{ kind: 'unreadable' }, 'the file could not be read'],
      [{ kind: 'empty' }, 'the file is empty'],
      [{ kind: 'svg' }, 'SVG drawings are not accepted: they can contain scripts'],
      [{ kind: 'text' }, 'this is a text file, not a photo'],
      [{ kind: 'unknown-format' }, 'this is not a photo format Common Thread can read'],
      [{ kind: 'truncated' }, 'the file is cut short (truncated)'],
      [{ kind: 'damaged' }, 'the photo could not be decoded (damaged file)'],
      [{ kind: 'resize-failed' }, 'the photo could not be resized (the browser may be out of memory)'],
      [
        { kind: 'metadata-not-removable' },
        'the photo carries metadata that could not be removed safely, and re-saving its pixels failed',
      ],
      [{ kind: 'heic-decoder-unavailable' }, 'the HEIC decoder could not be loaded; please try again'],
      [{ kind: 'heic-damaged' }, 'the HEIC photo could not be decoded (damaged or unsupported file)'],
      [
        { kind: 'heic-conversion-failed' },
        'the HEIC photo could not be converted to JPEG (the browser may be out of memory)',
      ],
      [{ kind: 'import-stopped' }, 'the photo could not be processed (the import stopped unexpectedly)'],
    ];
    for (const [problem, words] of told) expect(photoProblemWords(problem)).toBe(words);
  });

  it('gives the megapixels with one decimal just past the limit, and whole ones far past it', () => {
    expect(photoProblemWords(tooManyPixels({ width: 10_040, height: 10_000 }))).toBe(
      'the photo is too large (100.4 megapixels; the limit is 100)',
    );
    expect(photoProblemWords(tooManyPixels({ width: 12_000, height: 10_000 }))).toBe(
      'the photo is too large (120 megapixels; the limit is 100)',
    );
    expect(photoProblemWords(tooManyPixels({ width: 100_000, height: 100_000 }))).toBe(
      'the photo is too large (10,000 megapixels; the limit is 100)',
    );
    // Over by less than the one decimal shows: never "100 megapixels; the limit is 100".
    expect(photoProblemWords(tooManyPixels({ width: 10_001, height: 10_000 }))).toBe(
      'the photo is too large (just over 100 megapixels; the limit is 100)',
    );
    expect(tooManyPixelsWords({ width: 10_040, height: 10_000, limit: MAX_MEGAPIXELS })).toBe(
      'is too large (100.4 megapixels; the limit is 100)',
    );
  });

  it('gives the size and the longest side allowed for a photo too long to convert', () => {
    expect(photoProblemWords(sideTooLong({ width: 1000, height: 17_000 }))).toBe(
      `the photo is too large for the browser to convert (1000×17000 pixels; the longest side allowed is ${MAX_CANVAS_SIDE})`,
    );
  });
});

describe('photoNotAddedWords', () => {
  it('names the file and says why, as one sentence', () => {
    expect(photoNotAddedWords('a.txt', { kind: 'text' })).toBe(
      '“a.txt” could not be added: this is a text file, not a photo.',
    );
    expect(photoNotAddedWords('huge.png', tooManyPixels({ width: 12_000, height: 9000 }))).toBe(
      '“huge.png” could not be added: the photo is too large (108 megapixels; the limit is 100).',
    );
  });

  it('ends every kind with exactly one full stop', () => {
    for (const { problem } of Object.values(SAMPLES)) {
      const words = photoNotAddedWords('IMG_0001.HEIC', problem);
      expect(words).toMatch(/^“IMG_0001\.HEIC” could not be added: [^.].*[^.]\.$/);
    }
  });
});

describe('causeWords', () => {
  it('says a photo problem thrown in a longer job in its own words, and anything else in the browser’s', () => {
    expect(causeWords(new PhotoProblemError({ kind: 'heic-damaged' }))).toBe(
      'the HEIC photo could not be decoded (damaged or unsupported file)',
    );
    expect(causeWords(new DOMException('the quota was exceeded', 'QuotaExceededError'))).toBe(
      'the quota was exceeded',
    );
    expect(causeWords('plain words')).toBe('plain words');
  });
});
