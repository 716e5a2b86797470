// In-place text editing: a textarea laid exactly over where a text item is drawn, in the same font and size.
import type Konva from 'konva';
import { useEffect, useLayoutEffect, useRef } from 'react';
import { createPortal } from 'react-dom';
import type { TextItem } from '../../model/deck';
import { fontFamilyOf } from '../../slide/fonts';

/** How editing ended: by a key (Esc, Ctrl/Cmd+Enter), or by a press outside the textarea. */
export type TextEditEnd = 'key' | 'pointer';

export type TextEditOverlayProps = {
  readonly item: TextItem;
  /** The stage that draws the slide, at `scale`, from its top-left corner; it leaves the item out meanwhile. */
  readonly stage: Konva.Stage;
  /** CSS pixels per slide unit on that stage. */
  readonly scale: number;
  /** The theme's font family, drawn behind the shipped font as the slide does (deck.theme.fontFamily). */
  readonly fallbackFontFamily?: string;
  /** Esc, Ctrl/Cmd+Enter or a press outside: called once with the text (even if unchanged), as Keynote keeps it. */
  readonly onCommit: (text: string, endedBy: TextEditEnd) => void;
};

/** Events the textarea keeps to itself: Konva's stage and the canvas's window keys must not see them. */
const OWN_EVENTS = [
  'pointerdown',
  'pointermove',
  'pointerup',
  'mousedown',
  'mousemove',
  'mouseup',
  'click',
  'dblclick',
  'touchstart',
  'touchmove',
  'touchend',
  'wheel',
  'contextmenu',
  'keydown',
  'keyup',
] as const;

/**
 * Rendered anywhere in the React tree (outside the Stage): the textarea is placed inside the stage's own
 * content element, so it scrolls and resizes with the canvas. The stage is to leave the item out while it is
 * edited (SlideContent's hiddenItemId), so the old text never shows through the new.
 */
export function TextEditOverlay({
  item,
  stage,
  scale,
  fallbackFontFamily = 'sans-serif',
  onCommit,
}: TextEditOverlayProps) {
  const textarea = useRef<HTMLTextAreaElement>(null);
  // Called from native listeners set up once; the latest callback is read through a ref.
  const commit = useRef(onCommit);
  useLayoutEffect(() => {
    commit.current = onCommit;
  });

  useEffect(() => {
    const area = textarea.current;
    if (!area) return;
    let finished = false;
    const finish = (endedBy: TextEditEnd) => {
      if (finished) return;
      finished = true;
      commit.current(area.value, endedBy);
    };
    const fit = () => {
      area.style.height = '0px';
      area.style.height = `${area.scrollHeight}px`;
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape' || (event.key === 'Enter' && (event.ctrlKey || event.metaKey))) {
        event.preventDefault();
        finish('key');
      }
    };
    const keepToSelf = (event: Event) => event.stopPropagation();
    const onOutside = (event: PointerEvent) => {
      if (event.target !== area) finish('pointer');
    };
    area.addEventListener('keydown', onKeyDown);
    area.addEventListener('input', fit);
    for (const type of OWN_EVENTS) area.addEventListener(type, keepToSelf);
    // Capture, so the click that ends editing still goes on to do what it does on the canvas or a panel.
    document.addEventListener('pointerdown', onOutside, true);
    fit();
    area.focus();
    area.select();
    return () => {
      area.removeEventListener('keydown', onKeyDown);
      area.removeEventListener('input', fit);
      for (const type of OWN_EVENTS) area.removeEventListener(type, keepToSelf);
      document.removeEventListener('pointerdown', onOutside, true);
    };
  }, []);

  const fontSize = item.fontSize * scale;
  return createPortal(
    <textarea
      ref={textarea}
      className="text-edit-overlay"
      aria-label="Text"
      defaultValue={item.text}
      spellCheck
      style={{
        position: 'absolute',
        left: `${item.x * scale}px`,
        top: `${item.y * scale}px`,
        width: `${item.width * scale}px`,
        minHeight: `${fontSize}px`,
        margin: 0,
        padding: 0,
        border: 0,
        borderRadius: 0,
        background: 'transparent',
        color: item.color,
        caretColor: item.color,
        fontFamily: fontFamilyOf(item.font, fallbackFontFamily),
        fontSize: `${fontSize}px`,
        fontWeight: item.bold ? 700 : 400,
        fontStyle: 'normal',
        // Konva's Text draws lines one font size apart (lineHeight 1) and wraps at word breaks.
        lineHeight: 1,
        textAlign: item.align,
        whiteSpace: 'pre-wrap',
        overflowWrap: 'break-word',
        overflow: 'hidden',
        resize: 'none',
        zIndex: 1,
      }}
    />,
    stage.content,
  );
}
