// The selected slide's menu in the slide sorter: duplicate or delete that slide.
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { SlideId } from '../model/ids';
import { newId } from '../model/ids';
import { commands } from '../store/commands';
import { useEditorServices } from './editorServices';

type SlideMenuProps = {
  readonly slideId: SlideId;
  /** The slide's name in the sorter ("Slide 2"), so the menu button says which slide it acts on. */
  readonly name: string;
};

export function SlideMenu({ slideId, name }: SlideMenuProps) {
  const { deckStore, session } = useEditorServices();
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const trigger = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLUListElement>(null);

  useEffect(() => {
    if (!open) return;
    menu.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
    const onPointerDown = (event: PointerEvent) => {
      const target = event.target as Node | null;
      if (!menu.current?.contains(target) && !trigger.current?.contains(target)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown, true);
    return () => document.removeEventListener('pointerdown', onPointerDown, true);
  }, [open]);

  const close = () => {
    setOpen(false);
    trigger.current?.focus();
  };

  const duplicate = () => {
    const copyId = newId<SlideId>();
    setOpen(false);
    if (deckStore.getState().dispatch(commands.duplicateSlide, { slideId, copyId })) {
      session.getState().selectSlide(copyId);
    }
  };

  const remove = () => {
    setOpen(false);
    deckStore.getState().dispatch(commands.deleteSlide, { slideId });
  };

  // The menu pattern's keys: arrows move between the entries, Escape closes and returns to the button.
  const onMenuKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const entries = Array.from(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? []);
    const at = entries.indexOf(document.activeElement as HTMLElement);
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      close();
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      entries[(at + step + entries.length) % entries.length]?.focus();
    } else if (event.key === 'Tab') {
      setOpen(false);
    }
  };

  return (
    <div className="slide-menu">
      <button
        type="button"
        ref={trigger}
        className="small slide-menu-button"
        aria-label={`${name} actions`}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => setOpen((now) => !now)}
      >
        ⋯
      </button>
      {open && (
        <ul
          ref={menu}
          id={menuId}
          role="menu"
          aria-label={`${name} actions`}
          className="slide-menu-list"
          onKeyDown={onMenuKeyDown}
        >
          <li role="none">
            <button type="button" role="menuitem" tabIndex={-1} onClick={duplicate}>
              Duplicate slide
            </button>
          </li>
          <li role="none">
            <button type="button" role="menuitem" tabIndex={-1} className="danger" onClick={remove}>
              Delete slide
            </button>
          </li>
        </ul>
      )}
    </div>
  );
}
