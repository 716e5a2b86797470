// The toolbar's Deck menu: the actions on whole decks — a new tribute (first, and marked as the quick way to a
// finished show), opening and exporting a bundle, and the list of all decks.
import { useId } from 'react';
import { ChevronDownIcon } from '../../ui/icons';
import { useMenuButton } from '../../ui/useMenuButton';

type DeckMenuProps = {
  readonly onNewTribute: () => void;
  /** Opens the bundle file picker (the toolbar's hidden Open bundle input). */
  readonly onOpenBundle: () => void;
  readonly onExport: () => void;
  /** An export is running: a second one waits. */
  readonly exporting: boolean;
  readonly onShowDecks: () => void;
};

export function DeckMenu({ onNewTribute, onOpenBundle, onExport, exporting, onShowDecks }: DeckMenuProps) {
  const { open, menuId, trigger, menu, toggle, close, onTriggerKeyDown, onMenuKeyDown } = useMenuButton();
  const tributeId = useId();

  // The focus goes back to the menu's button first, so a dialog the entry opens returns it there when it closes.
  const choose = (action: () => void) => () => {
    close();
    action();
  };

  return (
    <div className="deck-menu">
      <button
        type="button"
        ref={trigger}
        className="deck-menu-button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        title="New tribute, open or export a bundle, all decks"
        onClick={toggle}
        onKeyDown={onTriggerKeyDown}
      >
        Deck
        <ChevronDownIcon />
      </button>
      {open && (
        <ul
          ref={menu}
          id={menuId}
          role="menu"
          aria-label="Deck"
          className="deck-menu-list"
          onKeyDown={onMenuKeyDown}
        >
          <li role="none">
            <button
              type="button"
              role="menuitem"
              tabIndex={-1}
              className="deck-menu-feature"
              aria-labelledby={`${tributeId}-name`}
              aria-describedby={`${tributeId}-what`}
              onClick={choose(onNewTribute)}
            >
              <span id={`${tributeId}-name`} className="deck-menu-name">
                New tribute
              </span>
              <span id={`${tributeId}-what`} className="deck-menu-what">
                Photos and names in, a finished quiz out
              </span>
            </button>
          </li>
          <li role="separator" className="deck-menu-separator" />
          <li role="none">
            <button type="button" role="menuitem" tabIndex={-1} onClick={choose(onOpenBundle)}>
              Open bundle…
            </button>
          </li>
          <li role="none">
            <button
              type="button"
              role="menuitem"
              tabIndex={-1}
              aria-disabled={exporting}
              title={exporting ? 'An export is running' : undefined}
              onClick={exporting ? undefined : choose(onExport)}
            >
              Export bundle…
            </button>
          </li>
          <li role="separator" className="deck-menu-separator" />
          <li role="none">
            <button type="button" role="menuitem" tabIndex={-1} onClick={choose(onShowDecks)}>
              All decks
            </button>
          </li>
        </ul>
      )}
    </div>
  );
}
