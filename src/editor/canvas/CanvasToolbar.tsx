// The small toolbar floating over the canvas: crop controls for a photo, stacking order and duplicate for a
// selection; each tooltip names the button's key.
import type { ReorderDirection } from '../../store/commands/reorderItems';
import { ZOOM_STEP } from './keys/cropKeys';
import { LIMITS } from '../../model/limits';

type CanvasToolbarProps = {
  /** The crop's zoom while cropping a photo; null when not cropping. */
  readonly cropScale: number | null;
  readonly canCrop: boolean;
  readonly hasSelection: boolean;
  readonly onStartCrop: () => void;
  readonly onResetCrop: () => void;
  readonly onZoom: (scale: number) => void;
  readonly onFinishCrop: (keep: boolean) => void;
  readonly onReorder: (direction: ReorderDirection) => void;
  readonly onDuplicate: () => void;
};

// Zooming past this from the slider is rarely wanted; the wheel can still go up to the schema's limit.
const SLIDER_MAX = Math.min(5, LIMITS.cropScale);

export function CanvasToolbar(props: CanvasToolbarProps) {
  const { cropScale, canCrop, hasSelection } = props;
  if (cropScale === null && !hasSelection) return null;
  return (
    <div
      role="toolbar"
      aria-label="Arrange"
      className="canvas-toolbar"
      style={{
        position: 'absolute',
        top: 0,
        left: '50%',
        transform: 'translateX(-50%)',
        zIndex: 1,
      }}
    >
      {cropScale !== null ? (
        <>
          <button
            type="button"
            aria-label="Zoom out"
            title="Zoom out (−)"
            onClick={() => props.onZoom(cropScale / ZOOM_STEP)}
          >
            −
          </button>
          <input
            type="range"
            aria-label="Crop zoom"
            min={1}
            max={SLIDER_MAX}
            step={0.01}
            value={Math.min(cropScale, SLIDER_MAX)}
            onChange={(event) => props.onZoom(Number(event.target.value))}
          />
          <button
            type="button"
            aria-label="Zoom in"
            title="Zoom in (+)"
            onClick={() => props.onZoom(cropScale * ZOOM_STEP)}
          >
            +
          </button>
          <button type="button" title="Keep the crop (Enter)" onClick={() => props.onFinishCrop(true)}>
            Done
          </button>
          <button
            type="button"
            title="Leave the crop as it was (Esc)"
            onClick={() => props.onFinishCrop(false)}
          >
            Cancel
          </button>
        </>
      ) : (
        <>
          {canCrop && (
            <>
              <button type="button" onClick={props.onStartCrop}>
                Crop
              </button>
              <button type="button" onClick={props.onResetCrop}>
                Reset crop
              </button>
            </>
          )}
          <button type="button" title="To back (Ctrl/Cmd+Shift+[)" onClick={() => props.onReorder('back')}>
            To back
          </button>
          <button
            type="button"
            title="Send backward (Ctrl/Cmd+[)"
            onClick={() => props.onReorder('backward')}
          >
            Send backward
          </button>
          <button type="button" title="Bring forward (Ctrl/Cmd+])" onClick={() => props.onReorder('forward')}>
            Bring forward
          </button>
          <button type="button" title="To front (Ctrl/Cmd+Shift+])" onClick={() => props.onReorder('front')}>
            To front
          </button>
          <button type="button" title="Duplicate (Ctrl/Cmd+D)" onClick={props.onDuplicate}>
            Duplicate
          </button>
        </>
      )}
    </div>
  );
}
