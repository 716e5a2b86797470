// In-place text editing in real Chromium: the textarea sits over the text node; keys and clicks end it.
import type Konva from 'konva';
import { useState } from 'react';
import { Group, Layer, Stage } from 'react-konva';
import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { TextEditOverlay, type TextEditEnd } from '../../../src/editor/canvas/TextEditOverlay';
import type { TextItem } from '../../../src/model/deck';
import type { ItemId } from '../../../src/model/ids';
import { loadSlideFonts } from '../../../src/slide/fonts';
import { TextBox } from '../../../src/slide/TextBox';
import { drawn, mount, stageIn, useRenderingCleanup, whileLoading } from '../slide/slideTestKit';

const SCALE = 0.25;
const item: TextItem = {
  kind: 'text',
  id: 'caption' as ItemId,
  text: 'Ana and Rui',
  x: 400,
  y: 200,
  width: 800,
  fontSize: 96,
  color: '#ff0000',
  align: 'center',
  font: 'serif',
  bold: true,
  appears: 'start',
};

type Handlers = { onCommit: (text: string, endedBy: TextEditEnd) => void };

/** As the editor's canvas does it: the stage leaves the item out while it is being edited. */
function Canvas({ editing, onCommit }: Handlers & { editing: boolean }) {
  const [stage, setStage] = useState<Konva.Stage | null>(null);
  return (
    <>
      <Stage ref={setStage} width={480} height={270}>
        <Layer>
          <Group scaleX={SCALE} scaleY={SCALE}>
            {!editing && <TextBox item={item} fontFamily="sans-serif" />}
          </Group>
        </Layer>
      </Stage>
      {editing && stage && <TextEditOverlay item={item} stage={stage} scale={SCALE} onCommit={onCommit} />}
      <button type="button">Elsewhere</button>
    </>
  );
}

async function startEditing() {
  await whileLoading(() => loadSlideFonts());
  const handlers = { onCommit: vi.fn<(text: string, endedBy: TextEditEnd) => void>() };
  const view = await mount(<Canvas editing={false} {...handlers} />, { position: 'relative' });
  await view.rerender(<Canvas editing {...handlers} />);
  await whileLoading(drawn);
  const stage = stageIn(view.container);
  const textarea = view.container.querySelector('textarea');
  if (!textarea) throw new Error('no textarea');
  return { ...handlers, view, stage, textarea };
}

describe('TextEditOverlay', () => {
  useRenderingCleanup();

  it('lies exactly where the text is drawn, in its font, size, colour and alignment', async () => {
    const { stage, textarea } = await startEditing();
    const content = stage.content.getBoundingClientRect();
    const box = textarea.getBoundingClientRect();
    expect(box.left - content.left).toBeCloseTo(item.x * SCALE, 0);
    expect(box.top - content.top).toBeCloseTo(item.y * SCALE, 0);
    expect(box.width).toBeCloseTo(item.width * SCALE, 0);
    const style = getComputedStyle(textarea);
    expect(style.fontSize).toBe(`${item.fontSize * SCALE}px`);
    expect(style.fontFamily).toContain('Common Thread Serif');
    expect(style.fontWeight).toBe('700');
    expect(style.color).toBe('rgb(255, 0, 0)');
    expect(style.textAlign).toBe('center');
    expect(document.activeElement).toBe(textarea);
    expect(textarea.value).toBe(item.text);
  });

  it('starts with the whole text selected, so typing replaces it', async () => {
    const { textarea } = await startEditing();
    expect([textarea.selectionStart, textarea.selectionEnd]).toEqual([0, item.text.length]);
    await userEvent.keyboard('Ten years');
    expect(textarea.value).toBe('Ten years');
  });

  it('commits once with Ctrl+Enter; plain Enter makes a new line', async () => {
    const { textarea, onCommit } = await startEditing();
    await userEvent.keyboard('{Control>}a{/Control}Ten years{Enter}of Ana');
    expect(onCommit).not.toHaveBeenCalled();
    await userEvent.keyboard('{Control>}{Enter}{/Control}');
    expect(onCommit).toHaveBeenCalledTimes(1);
    expect(onCommit).toHaveBeenCalledWith('Ten years\nof Ana', 'key');
    expect(textarea.value).toBe('Ten years\nof Ana');
  });

  // It used to cancel; like Keynote, Esc now ends editing and keeps what was typed (Undo takes it back).
  it('commits what was typed with Escape, once', async () => {
    const { view, onCommit } = await startEditing();
    await userEvent.keyboard('changed{Escape}');
    expect(onCommit).toHaveBeenCalledTimes(1);
    expect(onCommit).toHaveBeenCalledWith('changed', 'key');
    await userEvent.keyboard('{Escape}');
    expect(onCommit).toHaveBeenCalledTimes(1);
    await view.rerender(<Canvas editing={false} onCommit={onCommit} />);
    expect(view.container.querySelector('textarea')).toBeNull();
  });

  it('commits with a click outside it, and keeps its own clicks and keys from the stage and window', async () => {
    const { view, stage, textarea, onCommit } = await startEditing();
    const stageDown = vi.fn();
    stage.on('pointerdown', stageDown);
    const windowKeys = vi.fn();
    window.addEventListener('keydown', windowKeys);
    try {
      await userEvent.click(textarea);
      await userEvent.keyboard('{Backspace}');
      expect(stageDown).not.toHaveBeenCalled();
      expect(windowKeys).not.toHaveBeenCalled();
      expect(onCommit).not.toHaveBeenCalled();
      await userEvent.click(view.container.querySelector('button')!);
      expect(onCommit).toHaveBeenCalledTimes(1);
      expect(onCommit).toHaveBeenCalledWith(textarea.value, 'pointer');
    } finally {
      window.removeEventListener('keydown', windowKeys);
    }
  });
});
