// Command: the deck's theme (background, text and accent colours); what followed the old theme follows the new one.
import type { DeckTheme } from '../../model/themes';
import { sameColour, sameTheme } from '../../model/themes';
import { defineCommand } from '../command';
import { LIMITS } from '../../model/limits';

export type SetDeckThemeArgs = { theme: DeckTheme };

// The schema's limits; a longer value would make the deck fail to load again.
const MAX_COLOR_LENGTH = LIMITS.color;
const MAX_FONT_FAMILY_LENGTH = LIMITS.fontFamily;

export const setDeckTheme = defineCommand<SetDeckThemeArgs>((draft, { theme }) => {
  const colours = [theme.background, theme.textColor, theme.accentColor];
  if (colours.some((colour) => colour.trim() === '' || colour.length > MAX_COLOR_LENGTH)) return;
  if (theme.fontFamily.trim() === '' || theme.fontFamily.length > MAX_FONT_FAMILY_LENGTH) return;
  const old = { ...draft.theme };
  if (sameTheme(old, theme)) return;
  draft.theme = { ...theme };
  // Captions were given the theme's text or accent colour when made, and a slide's background may be the
  // theme's own: they change with it, so white captions do not vanish on a light theme. Chosen colours stay.
  for (const slide of draft.slides) {
    if (slide.background !== undefined && sameColour(slide.background, old.background))
      delete slide.background;
    for (const item of slide.items) {
      if (item.kind !== 'text') continue;
      if (sameColour(item.color, old.textColor)) item.color = theme.textColor;
      else if (sameColour(item.color, old.accentColor)) item.color = theme.accentColor;
    }
  }
});
