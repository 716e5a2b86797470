// The answer's confetti: one burst on a canvas of the player's own (no worker: blob workers can fail on file://).
import confetti from 'canvas-confetti';

/**
 * Fires one burst on `canvas` (sized by the caller; it may be off screen) in the theme's colours, calling
 * `done` when the last piece has fallen; the returned function stops it and clears the canvas.
 */
export function burstConfetti(
  canvas: HTMLCanvasElement,
  colors: readonly string[],
  done: () => void = () => undefined,
): () => void {
  const fire = confetti.create(canvas, { resize: false, useWorker: false });
  const shared = { particleCount: 90, startVelocity: 55, ticks: 260, colors: [...colors] };
  const bursts = [
    fire({ ...shared, angle: 60, spread: 70, origin: { x: 0, y: 0.75 } }),
    fire({ ...shared, angle: 120, spread: 70, origin: { x: 1, y: 0.75 } }),
    fire({ ...shared, particleCount: 120, spread: 110, origin: { x: 0.5, y: 0.55 } }),
  ];
  void Promise.all(bursts).then(done);
  return () => fire.reset();
}
