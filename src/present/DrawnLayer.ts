// A Konva layer the player draws itself, at once, in the commit or frame that changed it.
import type Konva from 'konva';
import { Layer } from 'konva/lib/Layer';
import { Util } from 'konva/lib/Util';
import KonvaCore from '../slide/konva';
import type { KonvaNodeComponent } from '../slide/reactKonva';

/** Whether a batched draw asked for is still wanted, per layer (kept outside the node: see batchDraw). */
const wanted = new WeakMap<DrawnLayerNode, boolean>();

/**
 * Konva answers every change of a node with a batched draw of its layer on the next frame. The player draws
 * its layers at once instead (so no frame shows a half-updated stage); for those layers the batched draw
 * would repeat the same work a frame later (a whole slide of photos: a dropped frame). Here it is skipped
 * when `drawNow` came after the change; a change made after `drawNow` is still drawn on the next frame.
 */
export class DrawnLayerNode extends Layer {
  // Konva's constructor may already call this, before a class field of this subclass would exist.
  override batchDraw(): this {
    if (!wanted.get(this)) {
      wanted.set(this, true);
      Util.requestAnimFrame(() => {
        if (!wanted.get(this)) return;
        wanted.set(this, false);
        this.draw();
      });
    }
    return this;
  }

  drawNow(): void {
    wanted.set(this, false);
    this.draw();
  }

  /**
   * Drops the batched draw asked for so far, for a layer already drawn as it is: Konva draws a layer as it joins
   * the stage, and react-konva then asks for a batched draw of the whole stage, which would draw it again.
   */
  skipBatchedDraw(): void {
    wanted.set(this, false);
  }
}

// react-konva makes each element's node from the Konva namespace by the element's name.
(KonvaCore as unknown as Record<string, unknown>).DrawnLayer = DrawnLayerNode;

/** `<DrawnLayer>`: react-konva's `<Layer>`, made as a DrawnLayerNode. */
export const DrawnLayer = 'DrawnLayer' as unknown as KonvaNodeComponent<DrawnLayerNode, Konva.LayerConfig>;
