// A layer the player draws at once is not drawn again by Konva's batched draw, unless it changed afterwards.
import Konva from 'konva';
import { afterEach, describe, expect, it } from 'vitest';
import { DrawnLayerNode } from '../../../src/present/DrawnLayer';

function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve()));
}

function stageWithRect(): {
  stage: Konva.Stage;
  layer: DrawnLayerNode;
  rect: Konva.Rect;
  draws: () => number;
} {
  const container = document.createElement('div');
  document.body.append(container);
  const stage = new Konva.Stage({ container, width: 100, height: 100 });
  // Like the player's layers: no hit canvas, so one draw is one "draw" event.
  const layer = new DrawnLayerNode({ listening: false });
  const rect = new Konva.Rect({ width: 50, height: 50, fill: '#ff0000' });
  layer.add(rect);
  stage.add(layer);
  let count = 0;
  layer.on('draw', () => {
    count += 1;
  });
  return { stage, layer, rect, draws: () => count };
}

function pixel(layer: Konva.Layer, x: number, y: number): number[] {
  const context = layer.getNativeCanvasElement().getContext('2d');
  return [...(context?.getImageData(x, y, 1, 1).data ?? [])];
}

describe('DrawnLayer', () => {
  let stage: Konva.Stage | undefined;
  afterEach(() => stage?.destroy());

  it('draws at once, and a change made just before does not draw the layer a second time', async () => {
    const made = stageWithRect();
    stage = made.stage;
    await nextFrame();
    await nextFrame();
    const before = made.draws();
    made.rect.fill('#00ff00');
    made.layer.drawNow();
    expect(made.draws()).toBe(before + 1);
    expect(pixel(made.layer, 10, 10)).toEqual([0, 255, 0, 255]);
    await nextFrame();
    await nextFrame();
    expect(made.draws()).toBe(before + 1);
  });

  it('still draws a change made after it, on the next frame', async () => {
    const made = stageWithRect();
    stage = made.stage;
    made.layer.drawNow();
    const before = made.draws();
    made.rect.fill('#0000ff');
    expect(pixel(made.layer, 10, 10)).toEqual([255, 0, 0, 255]);
    await nextFrame();
    await nextFrame();
    expect(made.draws()).toBe(before + 1);
    expect(pixel(made.layer, 10, 10)).toEqual([0, 0, 255, 255]);
  });
});
