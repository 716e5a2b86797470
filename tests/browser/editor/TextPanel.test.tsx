// The text style panel in real Chromium: each control changes the selected text item through one command.
import { describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { createAutosaveHandle, createSaveStateStore } from '../../../src/editor/autosave';
import { EditorServicesContext, type EditorServices } from '../../../src/editor/editorServices';
import { TextPanel } from '../../../src/editor/TextPanel';
import type { TextItem } from '../../../src/model/deck';
import type { ItemId } from '../../../src/model/ids';
import { newSlide } from '../../../src/model/newDeck';
import type { Database } from '../../../src/storage/database';
import type { PhotoUrlCache } from '../../../src/storage/photoUrls';
import { createDeckStore, useDeck, type DeckStore } from '../../../src/store/deckStore';
import { createSessionStore } from '../../../src/store/sessionStore';
import { deckOf, mount, useRenderingCleanup } from '../slide/slideTestKit';
import { createUnsavedPhotos } from '../../../src/storage/unsavedPhotos';

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
  const slide = useDeck(deckStore, (state) => state.deck.slides[0]!);
  const item = slide.items[0] as TextItem;
  return <TextPanel slideId={slide.id} item={item} />;
}

async function mountPanel() {
  const deckStore = createDeckStore(deckOf([], [{ ...newSlide(), items: [caption] }]));
  // The panel only edits the deck; storage and photos play no part in it.
  const services: EditorServices = {
    db: {} as Database,
    deckStore,
    session: createSessionStore(),
    photoUrls: {} as PhotoUrlCache,
    saveState: createSaveStateStore(),
    revealStash: new Map(),
    unsavedPhotos: createUnsavedPhotos(),
    autosave: createAutosaveHandle(),
  };
  await mount(
    <EditorServicesContext.Provider value={services}>
      <Panel deckStore={deckStore} />
    </EditorServicesContext.Provider>,
  );
  const item = () => deckStore.getState().deck.slides[0]!.items[0] as TextItem;
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
});
