// The selected slide's menu in the slide sorter: duplicate or delete that slide.
import type { SlideId } from '../../model/ids';
import { newId } from '../../model/ids';
import { commands } from '../../store/commands';
import { useEditorServices } from '../editorServices';
import { useMenuButton } from '../../ui/useMenuButton';

type SlideMenuProps = {
  readonly slideId: SlideId;
  /** The slide's name in the sorter ("Slide 2"), so the menu button says which slide it acts on. */
  readonly name: string;
};

export function SlideMenu({ slideId, name }: SlideMenuProps) {
  const { deckStore, session } = useEditorServices();
  const { open, menuId, trigger, menu, toggle, dismiss, onTriggerKeyDown, onMenuKeyDown } = useMenuButton();

  const duplicate = () => {
    const copyId = newId<SlideId>();
    dismiss();
    if (deckStore.getState().dispatch(commands.duplicateSlide, { slideId, copyId })) {
      session.getState().selectSlide(copyId);
    }
  };

  const remove = () => {
    dismiss();
    deckStore.getState().dispatch(commands.deleteSlide, { slideId });
  };

  return (
    <div className="slide-menu">
      <button
        type="button"
        ref={trigger}
        // Keeps the focus when the slide list is made again sortable (useSortableKit).
        data-focus-key={`menu ${slideId}`}
        className="small slide-menu-button"
        aria-label={`${name} actions`}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={toggle}
        onKeyDown={onTriggerKeyDown}
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
