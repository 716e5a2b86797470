// "Check before presenting" in real Chromium: text measured as the slide draws it, missing photos found in
// IndexedDB, and the dialog listing what it finds under "Problems", each with its way to the slide.
import { deleteDB } from 'idb';
import Konva from 'konva';
import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { EditorServicesContext } from '../../../src/editor/editorServices';
import { testServices } from './editorServicesKit';
import { PreShowCheck } from '../../../src/editor/dialogs/PreShowCheck';
import type { Deck, TextItem } from '../../../src/model/deck';
import type { ItemId, PhotoId } from '../../../src/model/ids';
import { NEW_TEXT, newPhotoItem, newReveal, newSlide } from '../../../src/model/newDeck';
import { missingPhotos } from '../../../src/editor/library/missingPhotos';
import { createPhotoUrlCache } from '../../../src/storage/photoUrls';
import { createDeckStore } from '../../../src/store/deckStore';
import { createSessionStore } from '../../../src/store/sessionStore';
import { openDatabase } from '../../../src/storage/database';
import { photoBlobKey } from '../../../src/storage/photoStorage';
import { savePhotoBlobs } from '../storage/storedPhotos';
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

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** The check's button and dialog over `deck`, its photos stored as the editor stores them. */
async function mountCheck(deck: Deck) {
  const name = `common-thread-test-${crypto.randomUUID()}`;
  const db = await openDatabase(name);
  const photoUrls = createPhotoUrlCache(db);
  cleanups.push(async () => {
    photoUrls.dispose();
    db.close();
    await deleteDB(name);
  });
  const blob = new Blob(['photo'], { type: 'image/png' });
  for (const id of Object.keys(deck.photos)) {
    await savePhotoBlobs(db, id as PhotoId, { original: blob, thumbnail: blob, display: blob });
  }
  const deckStore = createDeckStore(deck);
  const session = createSessionStore();
  const services = testServices({ db, deckStore, session, photoUrls });
  await mount(
    <EditorServicesContext.Provider value={services}>
      <PreShowCheck importing={false} />
    </EditorServicesContext.Provider>,
  );
  await userEvent.click(page.getByRole('button', { name: 'Check before presenting' }));
  const dialog = page.getByRole('dialog', { name: 'Check before presenting' });
  await expect.element(dialog).toBeVisible();
  await expect.poll(() => dialog.getByText('Checking…').elements().length, { timeout: 10_000 }).toBe(0);
  return { dialog, session };
}

describe('the check’s dialog', () => {
  useRenderingCleanup();
  const photos = ['1', '2'].map((digit) => photoMeta(digit, 1600, 1200));
  const frames = photos.map((photo, i) =>
    newPhotoItem(photo.id, { x: i * 960, y: 0, width: 960, height: 720 }, `photo-${i + 1}` as ItemId),
  );
  const quiz = {
    ...newSlide(),
    items: frames,
    reveal: { ...newReveal(frames.map((frame) => frame.id)), answer: { title: '10 years of Ana and Rui!' } },
  };

  it('says everything looks ready, and shows no list, when it finds nothing', async () => {
    const { dialog } = await mountCheck(deckOf(photos, [quiz]));
    await expect.element(dialog.getByRole('status')).toHaveTextContent('Everything looks ready.');
    expect(dialog.getByRole('list', { name: 'Problems' }).elements()).toHaveLength(0);
  });

  it('lists each finding under Problems, says where it is, and goes to its slide and item', async () => {
    const spoiler = caption({ id: 'spoiler' as ItemId, text: 'Rui at the harbour', y: 760, fontSize: 48 });
    const placeholder = caption({ id: 'placeholder' as ItemId, text: NEW_TEXT, fontSize: 48 });
    const deck = deckOf(photos, [
      { ...newSlide(), items: [placeholder] },
      { ...quiz, items: [...quiz.items, spoiler], reveal: { ...quiz.reveal, question: '' } },
    ]);
    const { dialog, session } = await mountCheck(deck);
    await expect.element(dialog.getByRole('status')).toHaveTextContent('3 problems to look at.');
    const list = dialog.getByRole('list', { name: 'Problems' });
    const items = list.getByRole('listitem');
    await expect
      .poll(() => items.elements().map((li) => li.textContent))
      .toEqual([
        `ProblemSlide 1 A text still says “${NEW_TEXT}”: write the caption or delete it.Go to slide 1`,
        'ProblemSlide 2 The question is empty: the room will see a blank screen before the first photo.Go to slide 2',
        'ProblemSlide 2 The text “Rui at the harbour” gives away “Rui”, a word of the answer, before it is revealed.Go to slide 2',
      ]);
    await userEvent.click(items.nth(2).getByRole('button', { name: 'Go to slide 2' }));
    // Closed, the dialog leaves the accessibility tree.
    await expect.poll(() => dialog.query()).toBeNull();
    expect(session.getState().selectedSlideId).toBe(deck.slides[1]!.id);
    expect(session.getState().selectedItemIds).toEqual(['spoiler']);

    // Opened again, it checks again; the question's problem goes to its slide with nothing selected in it.
    await userEvent.click(page.getByRole('button', { name: 'Check before presenting' }));
    await expect.poll(() => items.elements().length).toBe(3);
    await userEvent.click(items.nth(1).getByRole('button', { name: 'Go to slide 2' }));
    expect(session.getState().selectedItemIds).toEqual([]);
    await userEvent.click(page.getByRole('button', { name: 'Check before presenting' }));
    await expect.poll(() => items.elements().length).toBe(3);
    await userEvent.click(items.nth(0).getByRole('button', { name: 'Go to slide 1' }));
    expect(session.getState().selectedSlideId).toBe(deck.slides[0]!.id);
    expect(session.getState().selectedItemIds).toEqual(['placeholder']);
  });
});
