// A button that opens a menu, with the menu pattern's keys: the arrows (and Home/End) move between the
// entries, Escape closes and returns to the button, Tab or a click elsewhere closes it.
import { useEffect, useId, useRef, useState, type KeyboardEvent, type RefObject } from 'react';

/** Which entry takes the focus when the menu opens. */
type FocusOnOpen = 'first' | 'last';

export type MenuButton = {
  readonly open: boolean;
  readonly menuId: string;
  readonly trigger: RefObject<HTMLButtonElement | null>;
  readonly menu: RefObject<HTMLUListElement | null>;
  /** Opens or closes the menu, as a click on the button does. */
  readonly toggle: () => void;
  /** Closes the menu and gives the focus back to its button: an entry does this before acting. */
  readonly close: () => void;
  /** Closes the menu and leaves the focus where the entry's action puts it. */
  readonly dismiss: () => void;
  /** ArrowDown/ArrowUp on the closed button open the menu at its first/last entry. */
  readonly onTriggerKeyDown: (event: KeyboardEvent<HTMLButtonElement>) => void;
  readonly onMenuKeyDown: (event: KeyboardEvent<HTMLUListElement>) => void;
};

function entriesOf(menu: HTMLUListElement | null): HTMLElement[] {
  return Array.from(menu?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? []);
}

export function useMenuButton(): MenuButton {
  const [openAt, setOpenAt] = useState<FocusOnOpen | null>(null);
  const menuId = useId();
  const trigger = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLUListElement>(null);
  const open = openAt !== null;

  useEffect(() => {
    if (openAt === null) return;
    const entries = entriesOf(menu.current);
    (openAt === 'first' ? entries[0] : entries[entries.length - 1])?.focus();
    const onPointerDown = (event: PointerEvent) => {
      const target = event.target as Node | null;
      if (!menu.current?.contains(target) && !trigger.current?.contains(target)) setOpenAt(null);
    };
    document.addEventListener('pointerdown', onPointerDown, true);
    return () => document.removeEventListener('pointerdown', onPointerDown, true);
  }, [openAt]);

  const close = () => {
    setOpenAt(null);
    trigger.current?.focus();
  };

  const dismiss = () => setOpenAt(null);

  const toggle = () => setOpenAt((now) => (now === null ? 'first' : null));

  const onTriggerKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    event.preventDefault();
    setOpenAt(event.key === 'ArrowDown' ? 'first' : 'last');
  };

  const onMenuKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const entries = entriesOf(menu.current);
    const at = entries.indexOf(document.activeElement as HTMLElement);
    const goTo = (index: number) => {
      event.preventDefault();
      entries[(index + entries.length) % entries.length]?.focus();
    };
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      close();
    } else if (event.key === 'ArrowDown') goTo(at + 1);
    else if (event.key === 'ArrowUp') goTo(at - 1);
    else if (event.key === 'Home') goTo(0);
    else if (event.key === 'End') goTo(entries.length - 1);
    else if (event.key === 'Tab') dismiss();
  };

  return { open, menuId, trigger, menu, toggle, close, dismiss, onTriggerKeyDown, onMenuKeyDown };
}
