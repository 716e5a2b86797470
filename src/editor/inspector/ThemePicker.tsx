// The deck's theme, picked from the named themes, each shown as a small preview of a quiz slide in its colours.
import { useId } from 'react';
import type { Deck } from '../../model/deck';
import { DECK_THEMES, namedThemeOf, revealPalette } from '../../model/themes';
import { FONT_FAMILIES } from '../../slide/fonts';
import { commands } from '../../store/commands';
import { useEditorServices } from '../editorServices';

type ThemePickerProps = { readonly deck: Deck };

export function ThemePicker({ deck }: ThemePickerProps) {
  const { deckStore } = useEditorServices();
  const hintId = useId();
  const current = namedThemeOf(deck.theme);
  return (
    <fieldset className="theme-picker" role="radiogroup" aria-describedby={hintId}>
      <legend className="visually-hidden">Deck theme</legend>
      {DECK_THEMES.map((named) => {
        const palette = revealPalette(named.theme);
        return (
          <label key={named.id} className="theme-choice" title={named.about}>
            <input
              type="radio"
              name="deck-theme"
              value={named.id}
              checked={current?.id === named.id}
              onChange={() => deckStore.getState().dispatch(commands.setDeckTheme, { theme: named.theme })}
            />
            <span
              className="theme-preview"
              aria-hidden="true"
              style={{ background: named.theme.background, color: named.theme.textColor }}
            >
              <span className="theme-preview-title" style={{ fontFamily: `${FONT_FAMILIES.serif}, serif` }}>
                Aa
              </span>
              <span
                className="theme-preview-strip"
                style={{ background: palette.stripFill, borderTopColor: palette.accent }}
              >
                <span className="theme-preview-line" style={{ background: palette.stripText }} />
                <span style={{ color: palette.accent }}>3/8</span>
              </span>
            </span>
            <span className="theme-name">{named.name}</span>
          </label>
        );
      })}
      <p id={hintId} className="hint">
        {current
          ? `${current.about}. For every slide of the deck.`
          : 'This deck has colours of its own; pick a theme to use one of these instead.'}
      </p>
    </fieldset>
  );
}
