// "Check before presenting" in real Chromium: text measured as the slide draws it, missing photos found in IndexedDB.
import { deleteDB } from 'idb';
import Konva from 'konva';
import { describe, expect, it } from 'vitest';
import type { TextItem } from '../../../src/model/deck';
import type { ItemId, PhotoId } from '../../../src/model/ids';
import { newPhotoItem, newSlide } from '../../../src/model/newDeck';
import { missingPhotos } from '../../../src/editor/missingPhotos';
import { openDatabase } from '../../../src/storage/database';
import { photoBlobKey, savePhotoBlobs } from '../../../src/storage/photoStorage';
import { loadSlideFonts } from '../../../src/slide/fonts';
import { measureText, unbreakablePieces } from '../../../src/slide/measureText';
import { SlideView } from '../../../src/slide/SlideView';
import {
  deckOf,
  drawn,
  mount,
  photoMeta,
  stageIn,
  useRenderingCleanup,
  whileLoading,
} from '../slide/slideTestKit';

function caption(changes: Partial<TextItem>): TextItem {
  return {
    kind: 'text',
    id: 'caption' as ItemId,
    text: 'Ten years of Ana and Rui, and of every meetup since',
    x: 100,
    y: 100,
    width: 600,
    fontSize: 80,
    color: '#ffffff',
    align: 'left',
    font: 'sans',
    bold: false,
    appears: 'start',
    ...changes,
  };
}

/** The text node the slide renderer draws for `item`, at slide scale 1 (a 1920-px-wide view). */
async function drawnText(item: TextItem): Promise<Konva.Text> {
  const deck = deckOf([], [{ ...newSlide(), items: [item] }]);
  const view = await mount(
    <SlideView deck={deck} slide={deck.slides[0]!} step={0} images={new Map()} width={1920} pixelRatio={1} />,
  );
  await whileLoading(drawn);
  const node = stageIn(view.container).findOne('#caption');
  expect(node).toBeInstanceOf(Konva.Text);
  return node as Konva.Text;
}

describe('measureText', () => {
  useRenderingCleanup();

  it('measures the height and lines the slide draws, wrapped at the box width', async () => {
    await whileLoading(() => loadSlideFonts());
    for (const changes of [
      {},
      { font: 'serif' as const, bold: true },
      { align: 'center' as const, width: 900 },
    ]) {
      const item = caption(changes);
      const node = await drawnText(item);
      const measure = measureText(item, deckOf([], []).theme.fontFamily);
      expect(node.textArr.length).toBeGreaterThan(1);
      expect(measure.height).toBeCloseTo(node.height(), 5);
      expect(measure.lineWidth).toBeCloseTo(Math.max(...node.textArr.map((line) => line.width)), 5);
      expect(measure.lineWidth).toBeLessThanOrEqual(item.width);
    }
  });

  it('finds a word wider than the box, which the slide then breaks in the middle', async () => {
    await whileLoading(() => loadSlideFonts());
    const item = caption({ text: 'Congratulations Supercalifragilisticexpialidocious', width: 500 });
    const node = await drawnText(item);
    const measure = measureText(item, deckOf([], []).theme.fontFamily);
    expect(measure.widestWord).toBe('Supercalifragilisticexpialidocious');
    expect(measure.widestWordWidth).toBeGreaterThan(item.width);
    // Drawn, the long word does not fit on one line: it is split.
    expect(node.textArr.map((line) => line.text.trim())).not.toContain('Supercalifragilisticexpialidocious');
    const fits = measureText(caption({ text: 'Ten years', width: 500 }), deckOf([], []).theme.fontFamily);
    expect(fits.widestWordWidth).toBeLessThan(500);
  });

  it('lets text break at spaces, line ends and after hyphens, as the slide does', () => {
    expect(unbreakablePieces('ten-year  award\nwinners')).toEqual(['ten-', 'year', 'award', 'winners']);
  });
});

describe('missingPhotos', () => {
  it('names the photos on slides whose display image or original is not stored', async () => {
    const name = `common-thread-test-${crypto.randomUUID()}`;
    const db = await openDatabase(name);
    try {
      const [stored, unstored, partly, unused] = ['a', 'b', 'c', 'd'].map((digit) =>
        photoMeta(digit, 640, 480),
      );
      const blob = (text: string) => new Blob([text], { type: 'image/jpeg' });
      const blobs = { original: blob('o'), thumbnail: blob('t'), display: blob('d') };
      await savePhotoBlobs(db, stored!.id, blobs);
      await savePhotoBlobs(db, partly!.id, blobs);
      await db.delete('photoBlobs', photoBlobKey(partly!.id, 'display'));
      const rect = { x: 0, y: 0, width: 100, height: 100 };
      const slide = {
        ...newSlide(),
        items: [stored!, unstored!, partly!].map((photo) => newPhotoItem(photo.id, rect)),
      };
      const deck = deckOf([stored!, unstored!, partly!, unused!], [slide]);
      const missing = await missingPhotos(db, deck);
      expect([...missing].sort()).toEqual([unstored!.id, partly!.id].sort() as PhotoId[]);
    } finally {
      db.close();
      await deleteDB(name);
    }
  });
});
