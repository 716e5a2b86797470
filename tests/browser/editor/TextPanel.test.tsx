// The text style panel in real Chromium: each control changes the selected text item through one command.
import { describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { EditorServicesContext } from '../../../src/editor/editorServices';
import { testServices } from './editorServicesKit';
import { TextPanel } from '../../../src/editor/inspector/TextPanel';
import type { Slide, TextItem } from '../../../src/model/deck';
import type { ItemId } from '../../../src/model/ids';
import { newPhotoItem, newReveal, newSlide } from '../../../src/model/newDeck';
import type { PhotoId } from '../../../src/model/ids';
import { createDeckStore, useDeck, type DeckStore } from '../../../src/store/deckStore';
import { deckOf, mount, useRenderingCleanup } from '../slide/slideTestKit';

const caption: TextItem = {
  kind: 'text',
  id: 'caption' as ItemId,
  text: 'Ana and Rui',
  x: 100,
  y: 100,
  width: 800,
  fontSize: 64,
  color: '#ffffff',
  align: 'center',
  font: 'sans',
  bold: false,
  appears: 'start',
};

/** The panel as the inspector shows it: for the item as it is in the deck now. */
function Panel({ deckStore }: { deckStore: DeckStore }) {
  const deck = useDeck(deckStore, (state) => state.deck);
  const slide = deck.slides[0]!;
  const item = slide.items.find((other) => other.kind === 'text')!;
  return <TextPanel deck={deck} slide={slide} item={item} />;
}

async function mountPanel(slide: Slide = { ...newSlide(), items: [caption] }) {
  const deckStore = createDeckStore(deckOf([], [slide]));
  // The panel only edits the deck; storage and photos play no part in it.
  const services = testServices({ deckStore });
  await mount(
    <EditorServicesContext.Provider value={services}>
      <Panel deckStore={deckStore} />
    </EditorServicesContext.Provider>,
  );
  const item = () => deckStore.getState().deck.slides[0]!.items.find((i) => i.kind === 'text')!;
  return { deckStore, item };
}

describe('TextPanel', () => {
  useRenderingCleanup();

  it('sets the font size, and a run of typing is one undo step', async () => {
    const { deckStore, item } = await mountPanel();
    await userEvent.fill(page.getByLabelText('Font size'), '120');
    expect(item().fontSize).toBe(120);
    deckStore.getState().undo();
    expect(item().fontSize).toBe(64);
    expect(deckStore.getState().canUndo).toBe(false);
  });

  it('sets the colour, bold and font', async () => {
    const { item } = await mountPanel();
    await userEvent.fill(page.getByLabelText('Text colour'), '#ff8800');
    expect(item().color).toBe('#ff8800');
    const bold = page.getByRole('button', { name: 'Bold' });
    await expect.element(bold).toHaveAttribute('aria-pressed', 'false');
    await userEvent.click(bold);
    expect(item().bold).toBe(true);
    await expect.element(bold).toHaveAttribute('aria-pressed', 'true');
    await userEvent.selectOptions(page.getByRole('combobox', { name: 'Font', exact: true }), 'Serif');
    expect(item().font).toBe('serif');
  });

  it('chooses the alignment from a radio group, by click and by arrow keys', async () => {
    const { item } = await mountPanel();
    const group = page.getByRole('radiogroup', { name: 'Alignment' });
    await expect.element(group.getByRole('radio', { name: 'Centre' })).toBeChecked();
    await userEvent.click(group.getByRole('radio', { name: 'Right' }));
    expect(item().align).toBe('right');
    await expect.element(group.getByRole('radio', { name: 'Right' })).toBeChecked();
    await userEvent.keyboard('{ArrowRight}');
    expect(item().align).toBe('left');
    await expect.element(group.getByRole('radio', { name: 'Left' })).toHaveFocus();
  });

  it('shows no Appears choice on a slide without a quiz', async () => {
    await mountPanel();
    await expect.element(page.getByLabelText('Font size')).toBeVisible();
    expect(page.getByLabelText('Appears').elements()).toHaveLength(0);
  });

  it('on a quiz slide, Appears offers the start, each photo of the reveal in order, and the answer', async () => {
    const photo = newPhotoItem(
      'a'.repeat(64) as PhotoId,
      { x: 0, y: 0, width: 100, height: 100 },
      'p1' as ItemId,
    );
    const quiz: Slide = {
      ...newSlide(),
      items: [photo, { ...caption, appears: 'answer' }],
      reveal: newReveal([photo.id]),
    };
    const { deckStore, item } = await mountPanel(quiz);
    const appears = page.getByLabelText('Appears');
    await expect.element(appears).toHaveValue('answer');
    const options = Array.from((appears.element() as HTMLSelectElement).options).map((o) => o.text);
    expect(options).toEqual(['From the start', 'With photo 1 (Photo)', 'With the answer']);
    await userEvent.selectOptions(appears, 'With photo 1 (Photo)');
    expect(item()).toMatchObject({ appears: { withItem: 'p1' } });
    await userEvent.selectOptions(appears, 'From the start');
    expect(item()).toMatchObject({ appears: 'start' });
    await expect.element(page.getByText('keep the answer out of it', { exact: false })).toBeVisible();
    deckStore.getState().undo();
    expect(item()).toMatchObject({ appears: { withItem: 'p1' } });
  });
});
