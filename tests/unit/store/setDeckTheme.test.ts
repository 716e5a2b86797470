// setDeckTheme: one undo step; captions and backgrounds that followed the old theme follow the new one.
import { describe, expect, it } from 'vitest';
import type { Deck, TextItem } from '../../../src/model/deck';
import type { ItemId } from '../../../src/model/ids';
import { DECK_THEMES } from '../../../src/model/themes';
import { commands } from '../../../src/store/commands';
import { actUndoRedo, expectNoChange, slideB, slideOf, testDeck, testStore } from './storeTestKit';

const daylight = DECK_THEMES.find((t) => t.id === 'daylight')!.theme;
const stage = DECK_THEMES.find((t) => t.id === 'stage')!.theme;

/** Slide A: a caption in the theme's text colour, one in its accent, one in a colour of its own; slide B's background set. */
function captionedDeck(): Deck {
  const deck = testDeck();
  const caption = (id: string, color: string): TextItem => ({
    kind: 'text',
    id: id as ItemId,
    text: id,
    x: 0,
    y: 0,
    width: 400,
    fontSize: 48,
    color,
    align: 'left',
    font: 'sans',
    bold: false,
    appears: 'start',
  });
  const [a, b] = deck.slides;
  return {
    ...deck,
    slides: [
      {
        ...a!,
        background: '#101418',
        items: [
          ...a!.items,
          caption('plain', '#FFFFFF'),
          caption('accent', deck.theme.accentColor),
          caption('own', '#ff0000'),
        ],
      },
      { ...b!, background: '#336699' },
    ],
  };
}

const colourOf = (deck: Deck, id: string) =>
  slideOf(deck).items.find((item): item is TextItem => item.kind === 'text' && item.id === id)?.color;

describe('setDeckTheme', () => {
  it('sets the theme, and recolours what followed the old one, in one undo step', () => {
    actUndoRedo(
      commands.setDeckTheme,
      { theme: daylight },
      (after) => {
        expect(after.theme).toEqual(daylight);
        expect(colourOf(after, 'plain')).toBe(daylight.textColor);
        expect(colourOf(after, 'accent')).toBe(daylight.accentColor);
        expect(colourOf(after, 'own')).toBe('#ff0000');
        // Slide A's background was the theme's: it now follows the theme. Slide B keeps its own.
        expect(slideOf(after).background).toBeUndefined();
        expect(slideOf(after, slideB).background).toBe('#336699');
      },
      captionedDeck(),
    );
  });

  it('a second theme after the first is its own undo step', () => {
    const { store } = testStore(captionedDeck());
    store.getState().dispatch(commands.setDeckTheme, { theme: daylight });
    store.getState().dispatch(commands.setDeckTheme, { theme: stage });
    expect(store.getState().deck.theme).toEqual(stage);
    expect(colourOf(store.getState().deck, 'plain')).toBe(stage.textColor);
    store.getState().undo();
    expect(store.getState().deck.theme).toEqual(daylight);
    store.getState().undo();
    expect(store.getState().deck.theme.background).toBe('#101418');
    expect(colourOf(store.getState().deck, 'plain')).toBe('#FFFFFF');
    expect(slideOf(store.getState().deck).background).toBe('#101418');
  });

  it('changes nothing for the theme the deck already has, or a colour the deck could not load again', () => {
    const deck = testDeck();
    expectNoChange(commands.setDeckTheme, { theme: { ...deck.theme, background: '#101418'.toUpperCase() } });
    expectNoChange(commands.setDeckTheme, { theme: { ...daylight, background: '' } });
    expectNoChange(commands.setDeckTheme, { theme: { ...daylight, accentColor: 'x'.repeat(65) } });
    expectNoChange(commands.setDeckTheme, { theme: { ...daylight, fontFamily: ' ' } });
  });
});
