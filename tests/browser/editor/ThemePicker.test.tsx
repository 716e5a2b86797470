// The deck theme picker in real Chromium: a preview per named theme in its colours, one click (or arrow key)
// sets the deck's theme as one undo step, and captions that followed the old theme follow the new one.
import { describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { EditorServicesContext } from '../../../src/editor/editorServices';
import { testServices } from './editorServicesKit';
import { ThemePicker } from '../../../src/editor/inspector/ThemePicker';
import type { TextItem } from '../../../src/model/deck';
import type { ItemId } from '../../../src/model/ids';
import { newSlide } from '../../../src/model/newDeck';
import { DECK_THEMES } from '../../../src/model/themes';
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
  font: 'serif',
  bold: true,
  appears: 'start',
};

function Picker({ deckStore }: { deckStore: DeckStore }) {
  const deck = useDeck(deckStore, (state) => state.deck);
  return <ThemePicker deck={deck} />;
}

async function mountPicker() {
  const deckStore = createDeckStore(deckOf([], [{ ...newSlide(), items: [caption] }]));
  // The picker only edits the deck; storage and photos play no part in it.
  const services = testServices({ deckStore });
  const { container } = await mount(
    <EditorServicesContext.Provider value={services}>
      <Picker deckStore={deckStore} />
    </EditorServicesContext.Provider>,
    { width: '300px' },
  );
  const deck = () => deckStore.getState().deck;
  return { deckStore, deck, container };
}

const themes = page.getByRole('radiogroup', { name: 'Deck theme' });
const daylight = DECK_THEMES.find((t) => t.name === 'Daylight')!;
const stage = DECK_THEMES.find((t) => t.name === 'Stage')!;

describe('ThemePicker', () => {
  useRenderingCleanup();

  it('shows every named theme as a preview in its own colours, the deck’s own checked', async () => {
    const { container } = await mountPicker();
    await expect.poll(() => themes.getByRole('radio').elements().length).toBe(DECK_THEMES.length);
    await expect.element(themes.getByRole('radio', { name: 'Night' })).toBeChecked();
    await expect.element(themes).toHaveAccessibleDescription(/darkened room/);
    const previews = [...container.querySelectorAll<HTMLElement>('.theme-preview')];
    expect(previews.map((preview) => getComputedStyle(preview).backgroundColor)).toEqual(
      DECK_THEMES.map(({ theme }) => cssRgb(theme.background)),
    );
    expect(previews.map((preview) => getComputedStyle(preview).color)).toEqual(
      DECK_THEMES.map(({ theme }) => cssRgb(theme.textColor)),
    );
  });

  it('a click sets the deck’s theme and its captions’ colour, one undo step', async () => {
    const { deckStore, deck } = await mountPicker();
    await userEvent.click(themes.getByRole('radio', { name: 'Daylight' }));
    expect(deck().theme).toEqual(daylight.theme);
    expect((deck().slides[0]!.items[0] as TextItem).color).toBe(daylight.theme.textColor);
    await expect.element(themes.getByRole('radio', { name: 'Daylight' })).toBeChecked();
    await expect.element(themes).toHaveAccessibleDescription(/bright room/);
    deckStore.getState().undo();
    expect(deck().theme.background).toBe('#101418');
    expect((deck().slides[0]!.items[0] as TextItem).color).toBe('#ffffff');
    await expect.element(themes.getByRole('radio', { name: 'Night' })).toBeChecked();
  });

  it('the arrow keys move through the themes like any radio group', async () => {
    const { deck } = await mountPicker();
    themes.getByRole('radio', { name: 'Night' }).element().focus();
    await userEvent.keyboard('{ArrowRight}{ArrowRight}');
    expect(deck().theme).toEqual(stage.theme);
  });

  it('says so when the deck has colours of its own, none checked', async () => {
    const { deckStore } = await mountPicker();
    deckStore.setState({
      deck: { ...deckStore.getState().deck, theme: { ...daylight.theme, accentColor: '#123456' } },
    });
    await expect.element(themes).toHaveAccessibleDescription(/colours of its own/);
    expect(
      themes
        .getByRole('radio')
        .elements()
        .filter((radio) => (radio as HTMLInputElement).checked),
    ).toEqual([]);
  });
});

function cssRgb(hex: string): string {
  const value = Number.parseInt(hex.slice(1), 16);
  return `rgb(${(value >> 16) & 255}, ${(value >> 8) & 255}, ${value & 255})`;
}
