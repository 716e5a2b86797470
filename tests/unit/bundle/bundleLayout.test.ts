// Bundle file names and media paths.
import { describe, expect, it } from 'vitest';
import { bundleFileName, mediaPath } from '../../../src/bundle/bundleLayout';
import { testPhoto, imageBytes } from './bundleTestDeck';

describe('bundleFileName', () => {
  it.each([
    ['Ten years of Ana & Rui', 'Ten years of Ana & Rui.zip'],
    ['  spaced    out\ttitle  ', 'spaced out title.zip'],
    ['a/b\\c:d*e?f"g<h>i|j', 'a b c d e f g h i j.zip'],
    ['line\nbreak\u0000null', 'line break null.zip'],
    ['', 'Common Thread deck.zip'],
    ['???', 'Common Thread deck.zip'],
    ['   ', 'Common Thread deck.zip'],
    ['..hidden', 'hidden.zip'],
    ['ends with dots...', 'ends with dots.zip'],
    ['CON', 'CON_.zip'],
    ['con.txt', 'con_.txt.zip'],
    ['nul .tar', 'nul_ .tar.zip'],
    ['Lpt1.backup', 'Lpt1_.backup.zip'],
    ['COM¹', 'COM¹_.zip'],
    ['console', 'console.zip'],
    ['Aux and Rui', 'Aux and Rui.zip'],
    ['Fête à Zürich 🎉', 'Fête à Zürich 🎉.zip'],
    ['evil\u202Egpj.zip', 'evil gpj.zip.zip'],
  ])('%j → %j', (title, expected) => {
    expect(bundleFileName(title)).toBe(expected);
  });

  it('keeps at most 100 characters and never splits an emoji', () => {
    const name = bundleFileName('x'.repeat(99) + '🎉🎉🎉');
    expect(name).toBe('x'.repeat(99) + '🎉.zip');
    expect(bundleFileName('y'.repeat(300))).toBe('y'.repeat(100) + '.zip');
  });
});

describe('mediaPath', () => {
  it('names the file by photo id with the extension of its type', () => {
    const bytes = imageBytes('image/jpeg', 7);
    const jpeg = testPhoto('../../etc/passwd.png', 'image/jpeg', bytes);
    expect(mediaPath(jpeg.meta)).toBe(`media/${jpeg.meta.id}.jpg`);
    expect(mediaPath({ ...jpeg.meta, mimeType: 'image/heic' })).toBe(`media/${jpeg.meta.id}.heic`);
    expect(mediaPath({ ...jpeg.meta, mimeType: 'image/webp' })).toBe(`media/${jpeg.meta.id}.webp`);
  });
});
