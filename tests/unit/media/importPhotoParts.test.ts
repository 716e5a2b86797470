// The pure parts of photo import: rendition sizes and types, alt text, the too-large message.
import { describe, expect, it } from 'vitest';
import { altFromFileName } from '../../../src/media/importPhoto';
import { fitLongEdge, renditionType, smoothingFor } from '../../../src/media/makeRendition';
import { isTooLarge, MAX_MEGAPIXELS, tooManyPixels } from '../../../src/media/photoProblem';
import { photoProblemWords } from '../../../src/words/photoWords';

describe('fitLongEdge', () => {
  it('scales the long edge down to the limit, keeping the aspect ratio', () => {
    expect(fitLongEdge(4032, 3024, 320)).toEqual({ width: 320, height: 240 });
    expect(fitLongEdge(2056, 3088, 320)).toEqual({ width: 213, height: 320 });
    expect(fitLongEdge(6600, 3713, 2560)).toEqual({ width: 2560, height: 1440 });
  });

  it('never upscales, and never reaches zero', () => {
    expect(fitLongEdge(200, 100, 320)).toEqual({ width: 200, height: 100 });
    expect(fitLongEdge(2560, 1600, 2560)).toEqual({ width: 2560, height: 1600 });
    expect(fitLongEdge(4096, 2, 320)).toEqual({ width: 320, height: 1 });
  });
});

describe('renditionType', () => {
  it('uses JPEG for opaque sources and WebP where transparency may be', () => {
    expect(renditionType('image/jpeg')).toBe('image/jpeg');
    for (const type of ['image/png', 'image/webp', 'image/gif', 'image/avif'] as const) {
      expect(renditionType(type)).toBe('image/webp');
    }
  });
});

describe('altFromFileName', () => {
  it('drops the extension only', () => {
    expect(altFromFileName('IMG_1234.JPG')).toBe('IMG_1234');
    expect(altFromFileName('Ana and Rui, 2015.final.png')).toBe('Ana and Rui, 2015.final');
    expect(altFromFileName('no extension')).toBe('no extension');
    expect(altFromFileName('.jpg')).toBe('.jpg');
  });
});

describe('tooManyPixels', () => {
  it('keeps the size and the limit, and its words name the megapixels and the limit', () => {
    expect(tooManyPixels({ width: 12000, height: 10000 })).toEqual({
      kind: 'too-many-pixels',
      width: 12000,
      height: 10000,
      limit: MAX_MEGAPIXELS,
    });
    expect(photoProblemWords(tooManyPixels({ width: 12000, height: 10000 }))).toBe(
      'the photo is too large (120 megapixels; the limit is 100)',
    );
    expect(photoProblemWords(tooManyPixels({ width: 10040, height: 10000 }))).toBe(
      'the photo is too large (100.4 megapixels; the limit is 100)',
    );
  });

  it('is for photos past 100 megapixels only', () => {
    expect(isTooLarge({ width: 10000, height: 10000 })).toBe(false);
    expect(isTooLarge({ width: 10001, height: 10000 })).toBe(true);
  });
});

describe('smoothingFor', () => {
  it('spends smoothing only where a shrink needs it', () => {
    expect(smoothingFor(1)).toBe('low');
    expect(smoothingFor(1.6)).toBe('low');
    expect(smoothingFor(2)).toBe('low');
    expect(smoothingFor(3)).toBe('medium');
    expect(smoothingFor(12.5)).toBe('high');
  });
});
