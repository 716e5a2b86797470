// Reveal authoring in the inspector, in real Chromium: the reveal order list (thumbnails, step numbers, moving,
// leaving out, clues), style and counter (a section folded at first), the answer card, notes and transition —
// each one undo step.
import { deleteDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { AnswerPanel } from '../../../src/editor/inspector/AnswerPanel';
import { EditorServicesContext } from '../../../src/editor/editorServices';
import { testServices } from './editorServicesKit';
import { RevealOrderPanel } from '../../../src/editor/inspector/RevealOrderPanel';
import { RevealStylePanel } from '../../../src/editor/inspector/RevealStylePanel';
import { SpeakerNotes } from '../../../src/editor/inspector/SpeakerNotes';
import { TransitionPicker } from '../../../src/editor/inspector/TransitionPicker';
import type { PhotoItem } from '../../../src/model/deck';
import { openDatabase } from '../../../src/storage/database';
import { savePhotoBlobs } from '../storage/storedPhotos';
import { createPhotoUrlCache } from '../../../src/storage/photoUrls';
import { createDeckStore, useDeck, type DeckStore } from '../../../src/store/deckStore';
import { createSessionStore } from '../../../src/store/sessionStore';
import { deckOf, mount, photoItem, photoMeta, slideOf, useRenderingCleanup } from '../slide/slideTestKit';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** Nine photos, so the list is longer than the inspector is tall; the ninth is left out of the reveal. */
const photos = [...'123456789'].map((digit) => photoMeta(digit, 40, 30));
const items = photos.map((photo, i) =>
  photoItem(photo, { x: i * 200, y: 0, width: 180, height: 120 }, `item-${i + 1}`),
);
const names = photos.map((photo) => photo.fileName);

/** The panels as the inspector shows them, reading the slide from the store so they follow its changes. */
function Panels({ deckStore }: { deckStore: DeckStore }) {
  const deck = useDeck(deckStore, (state) => state.deck);
  const slide = deck.slides[0]!;
  return (
    <>
      {slide.reveal && <RevealOrderPanel deck={deck} slide={slide} reveal={slide.reveal} />}
      {slide.reveal && <RevealStylePanel slide={slide} reveal={slide.reveal} />}
      {slide.reveal && <AnswerPanel deck={deck} slide={slide} reveal={slide.reveal} />}
      <SpeakerNotes slide={slide} />
      <TransitionPicker slide={slide} />
    </>
  );
}

/** Opens a section folded at first, the way a person does: a click on its heading. */
async function openSection(title: string) {
  await userEvent.click(page.getByRole('heading', { name: title, exact: true }));
}

async function mountPanels() {
  const name = `common-thread-test-${crypto.randomUUID()}`;
  const db = await openDatabase(name);
  const photoUrls = createPhotoUrlCache(db);
  cleanups.push(async () => {
    photoUrls.dispose();
    db.close();
    await deleteDB(name);
  });
  // Real stored thumbnails, so the list shows them through the editor's own URL cache.
  for (const photo of photos) {
    const canvas = new OffscreenCanvas(40, 30);
    canvas.getContext('2d')!.fillRect(0, 0, 40, 30);
    const blob = await canvas.convertToBlob({ type: 'image/png' });
    await savePhotoBlobs(db, photo.id, { original: blob, thumbnail: blob, display: blob });
  }
  const deckStore = createDeckStore(deckOf(photos, [slideOf(items, items.slice(0, 8))]));
  const session = createSessionStore();
  const services = testServices({ db, deckStore, session, photoUrls });
  await mount(
    <EditorServicesContext.Provider value={services}>
      <Panels deckStore={deckStore} />
    </EditorServicesContext.Provider>,
    { width: '280px' },
  );
  const slide = () => deckStore.getState().deck.slides[0]!;
  const order = () => slide().reveal!.order.map((id) => id.replace('item-', ''));
  const item = (n: number) => slide().items[n - 1] as PhotoItem;
  const list = page.getByRole('list', { name: 'Reveal order' });
  const row = (n: number) => list.getByRole('listitem', { name: names[n - 1], exact: true });
  return { deckStore, session, slide, order, item, list, row };
}

describe('RevealPanel', () => {
  useRenderingCleanup();

  it('lists the photos in reveal order with thumbnails and step numbers, then the photo left out', async () => {
    const { list, row } = await mountPanels();
    const rows = list.getByRole('listitem');
    await expect.poll(() => rows.elements().map((li) => li.getAttribute('aria-label'))).toEqual(names);
    await expect.element(row(1)).toHaveTextContent('Photo 1 of 8');
    await expect.element(row(8)).toHaveTextContent('Photo 8 of 8');
    await expect.element(row(9)).toHaveTextContent('Left out: always shown');
    await expect.element(row(9).getByRole('checkbox', { name: 'In the reveal' })).not.toBeChecked();
    await expect.element(row(9).getByRole('button', { name: 'Move up' })).not.toBeInTheDocument();
    // Every row shows its stored thumbnail, once the URL cache has made it.
    await expect
      .poll(() => list.element().querySelectorAll<HTMLImageElement>('img.reveal-thumb').length)
      .toBe(9);
    const first = list.element().querySelector<HTMLImageElement>('img.reveal-thumb')!;
    await expect.poll(() => first.complete && first.naturalWidth).toBe(40);
    expect(first.src).toMatch(/^blob:/);
  });

  it('moves a photo with the Move buttons and by keyboard on its handle, each one undo step', async () => {
    const { deckStore, order, row } = await mountPanels();
    await userEvent.click(row(1).getByRole('button', { name: 'Move down' }));
    expect(order()).toEqual(['2', '1', '3', '4', '5', '6', '7', '8']);
    await expect.element(row(1)).toHaveTextContent('Photo 2 of 8');
    // At the top, Move up is marked disabled, does nothing, and keeps the focus (a disabled button would lose it).
    const moveUp = row(2).getByRole('button', { name: 'Move up' });
    await expect.element(moveUp).toHaveAttribute('aria-disabled', 'true');
    moveUp.element().focus();
    await userEvent.keyboard('{Enter}');
    expect(order()).toEqual(['2', '1', '3', '4', '5', '6', '7', '8']);
    await expect.element(moveUp).toHaveFocus();
    deckStore.getState().undo();
    expect(order()).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);

    // The handle: Space lifts, ArrowDown moves one place, Space drops.
    row(3)
      .getByRole('button', { name: `Move ${names[2]}` })
      .element()
      .focus();
    await userEvent.keyboard(' ');
    await expect.element(page.getByText(`Picked up ${names[2]}.`)).toBeInTheDocument();
    // The keyboard sensor listens for arrows a task after the pick-up.
    await new Promise((resolve) => setTimeout(resolve, 100));
    await userEvent.keyboard('{ArrowDown}');
    await expect.element(page.getByText(`${names[2]} is over position 4 of 8.`)).toBeInTheDocument();
    await userEvent.keyboard(' ');
    await expect.poll(order).toEqual(['1', '2', '4', '3', '5', '6', '7', '8']);
    deckStore.getState().undo();
    expect(order()).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
  });

  it('leaves a photo out of the reveal and takes it back in at the end', async () => {
    const { deckStore, order, row, list } = await mountPanels();
    await userEvent.click(row(2).getByRole('checkbox', { name: 'In the reveal' }));
    expect(order()).toEqual(['1', '3', '4', '5', '6', '7', '8']);
    await expect.element(row(2)).toHaveTextContent('Left out');
    const labels = () =>
      list
        .getByRole('listitem')
        .elements()
        .map((li) => li.getAttribute('aria-label'));
    expect(labels().slice(-2)).toEqual([names[1], names[8]]);
    await userEvent.click(row(9).getByRole('checkbox', { name: 'In the reveal' }));
    expect(order()).toEqual(['1', '3', '4', '5', '6', '7', '8', '9']);
    await expect.element(row(9)).toHaveTextContent('Photo 8 of 8');
    deckStore.getState().undo();
    deckStore.getState().undo();
    expect(order()).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
  });

  it('types a clue as one undo step, and focusing a row selects its photo on the canvas', async () => {
    const { deckStore, session, item, row } = await mountPanels();
    const clue = row(4).getByLabelText('Clue');
    await userEvent.fill(clue, 'Lisbon');
    await userEvent.type(clue, ', 2016');
    expect(item(4).clue).toBe('Lisbon, 2016');
    expect(session.getState().selectedItemIds).toEqual(['item-4']);
    await userEvent.click(row(5).getByLabelText('Clue'));
    expect(session.getState().selectedItemIds).toEqual(['item-5']);
    deckStore.getState().undo();
    expect(item(4).clue).toBeUndefined();
  });

  it('sets the reveal style, counter and confetti, each one undo step', async () => {
    const { deckStore, slide } = await mountPanels();
    await openSection('Reveal style');
    const styles = page.getByRole('radiogroup', { name: 'Reveal style' });
    await expect.element(styles.getByRole('radio', { name: 'Appear' })).toBeChecked();
    await userEvent.click(styles.getByRole('radio', { name: 'Unblur' }));
    await userEvent.click(styles.getByRole('radio', { name: 'Spotlight' }));
    expect(slide().reveal!.style).toBe('spotlight');
    const counter = page.getByRole('switch', { name: 'Show counter' });
    await userEvent.click(counter);
    expect(slide().reveal!.showCounter).toBe(false);
    await expect.element(counter).toHaveAttribute('aria-checked', 'false');
    await userEvent.click(page.getByRole('checkbox', { name: 'Confetti' }));
    expect(slide().reveal!.confetti).toBe(false);
    await expect
      .element(page.getByRole('checkbox', { name: 'Confetti' }))
      .toHaveAccessibleDescription(/reduced motion/);
    deckStore.getState().undo();
    expect(slide().reveal!.confetti).toBe(true);
    deckStore.getState().undo();
    expect(slide().reveal!.showCounter).toBe(true);
    deckStore.getState().undo();
    expect(slide().reveal!.style).toBe('unblur');
  });

  it('sets the seconds per photo with a slider showing its value, a run of key presses one undo step', async () => {
    const { deckStore, slide } = await mountPanels();
    await openSection('Reveal style');
    const pace = page.getByRole('slider', { name: 'Seconds per photo', exact: true });
    await expect.element(pace).toHaveValue('0.6');
    await expect.element(pace).toHaveAttribute('aria-valuetext', '0.6 s');
    const shown = page.getByText('0.6 s', { exact: true });
    await expect.element(shown).toBeVisible();
    await expect.element(pace).toHaveAccessibleDescription(/Appear shows each photo at once/);
    pace.element().focus();
    await userEvent.keyboard('{ArrowRight}{ArrowRight}{ArrowRight}{ArrowRight}');
    expect(slide().reveal!.stepSeconds).toBeCloseTo(1, 5);
    await expect.element(page.getByText('1.0 s', { exact: true })).toBeVisible();
    await userEvent.keyboard('{ArrowLeft}');
    expect(slide().reveal!.stepSeconds).toBeCloseTo(0.9, 5);
    // Leaving the slider ends the gesture: the whole run is undone at once.
    (pace.element() as HTMLElement).blur();
    deckStore.getState().undo();
    expect(slide().reveal!.stepSeconds).toBe(0.6);
    await expect.element(pace).toHaveValue('0.6');
    await userEvent.click(page.getByRole('radio', { name: 'Fade' }));
    await expect.element(pace).toHaveAccessibleDescription(/fade or zoom in/);
  });

  it('sets the answer subtitle and highlights photos, each click one undo step', async () => {
    const { deckStore, slide } = await mountPanels();
    await userEvent.fill(page.getByLabelText('Subtitle'), 'Thank you both!');
    expect(slide().reveal!.answer.subtitle).toBe('Thank you both!');
    const highlights = page.getByRole('group', { name: 'Highlight on the answer' });
    await expect.poll(() => highlights.getByRole('checkbox').elements().length).toBe(9);
    await userEvent.click(highlights.getByRole('checkbox', { name: names[6] }));
    await userEvent.click(highlights.getByRole('checkbox', { name: names[1] }));
    // Highlights follow the slide's order, whatever order they were clicked in.
    expect(slide().reveal!.answer.photoIds).toEqual([photos[1]!.id, photos[6]!.id]);
    deckStore.getState().undo();
    expect(slide().reveal!.answer.photoIds).toEqual([photos[6]!.id]);
    deckStore.getState().undo();
    expect(slide().reveal!.answer.photoIds).toBeUndefined();
    deckStore.getState().undo();
    expect(slide().reveal!.answer.subtitle).toBeUndefined();
  });

  it('sets speaker notes and the transition', async () => {
    const { deckStore, slide } = await mountPanels();
    await userEvent.fill(page.getByLabelText('Speaker notes'), 'Ask the room first.');
    expect(slide().notes).toBe('Ask the room first.');
    await userEvent.selectOptions(page.getByRole('combobox', { name: 'Transition' }), 'Slide');
    expect(slide().transition).toBe('slide');
    deckStore.getState().undo();
    expect(slide().transition).toBe('none');
    deckStore.getState().undo();
    expect(slide().notes).toBe('');
  });
});
