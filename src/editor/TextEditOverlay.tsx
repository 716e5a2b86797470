// In-place text editing: a textarea laid exactly over a text item's Konva node, in the same font and size.
import type Konva from 'konva';
import { useEffect, useLayoutEffect, useRef } from 'react';
import { createPortal } from 'react-dom';
import type { TextItem } from '../model/deck';
import { fontFamilyOf } from '../slide/fonts';

export type TextEditOverlayProps = {
  readonly item: TextItem;
  /** The stage that draws the item (its node is found by the item's id). */
  readonly stage: Konva.Stage;
  /** CSS pixels per slide unit on that stage. */
  readonly scale: number;
  /** The theme's font family, drawn behind the shipped font as the slide does (deck.theme.fontFamily). */
  readonly fallbackFontFamily?: string;
  /** Ctrl/Cmd+Enter or a click outside: called once with the text (even if unchanged). */
  readonly onCommit: (text: string) => void;
  /** Escape: called once; the deck is left as it was. */
  readonly onCancel: () => void;
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
 * content element, so it scrolls and resizes with the canvas. The item's node is hidden while editing.
 */
export function TextEditOverlay({
  item,
  stage,
  scale,
  fallbackFontFamily = 'sans-serif',
  onCommit,
  onCancel,
}: TextEditOverlayProps) {
  const textarea = useRef<HTMLTextAreaElement>(null);
  // Called from native listeners set up once; the latest callbacks are read through refs.
  const handlers = useRef({ onCommit, onCancel });
  useLayoutEffect(() => {
    handlers.current = { onCommit, onCancel };
  });

  const node = stage.findOne(`#${item.id}`);
  const position = node?.getAbsolutePosition() ?? { x: item.x * scale, y: item.y * scale };

  useEffect(() => {
    if (!node) return;
    node.visible(false);
    node.getLayer()?.batchDraw();
    return () => {
      node.visible(true);
      node.getLayer()?.batchDraw();
    };
  }, [node]);

  useEffect(() => {
    const area = textarea.current;
    if (!area) return;
    let finished = false;
    const finish = (commit: boolean) => {
      if (finished) return;
      finished = true;
      if (commit) handlers.current.onCommit(area.value);
      else handlers.current.onCancel();
    };
    const fit = () => {
      area.style.height = '0px';
      area.style.height = `${area.scrollHeight}px`;
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        finish(false);
      } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        finish(true);
      }
    };
    const keepToSelf = (event: Event) => event.stopPropagation();
    const onOutside = (event: PointerEvent) => {
      if (event.target !== area) finish(true);
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
        left: `${position.x}px`,
        top: `${position.y}px`,
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
