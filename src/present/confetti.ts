// The answer's confetti: one burst on a canvas of the player's own (no worker: blob workers can fail on file://).
// canvas-confetti loads when a show that has confetti starts, not with the editor (the bundle's single-script
// player has it inline: there the import resolves at once).
import type confettiLibrary from 'canvas-confetti';
import type { CreateTypes } from 'canvas-confetti';
import type { Deck } from '../model/deck';

type Confetti = typeof confettiLibrary;

let library: Promise<Confetti> | null = null;

/** canvas-confetti, loaded once; a failed load is tried again next time. */
export function loadConfetti(): Promise<Confetti> {
  library ??= import('canvas-confetti').then(
    (module) => module.default,
    (error: unknown) => {
      library = null;
      throw error;
    },
  );
  return library;
}

/** Whether any answer of `deck` bursts confetti: a show that has one loads the library as it starts. */
export function hasConfetti(deck: Deck): boolean {
  return deck.slides.some((slide) => slide.reveal?.confetti === true);
}

/**
 * Fires one burst on `canvas` (sized by the caller; it may be off screen) in the theme's colours, calling
 * `done` when the last piece has fallen (or at once, should the library not load: the answer then shows
 * without confetti); the returned function stops it and clears the canvas.
 */
export function burstConfetti(
  canvas: HTMLCanvasElement,
  colors: readonly string[],
  done: () => void = () => undefined,
): () => void {
  let stopped = false;
  let fire: CreateTypes | null = null;
  loadConfetti().then(
    (confetti) => {
      if (stopped) return;
      const burst = confetti.create(canvas, { resize: false, useWorker: false });
      fire = burst;
      const shared = { particleCount: 90, startVelocity: 55, ticks: 260, colors: [...colors] };
      const bursts = [
        burst({ ...shared, angle: 60, spread: 70, origin: { x: 0, y: 0.75 } }),
        burst({ ...shared, angle: 120, spread: 70, origin: { x: 1, y: 0.75 } }),
        burst({ ...shared, particleCount: 120, spread: 110, origin: { x: 0.5, y: 0.55 } }),
      ];
      void Promise.all(bursts).then(done);
    },
    () => {
      if (!stopped) done();
    },
  );
  return () => {
    stopped = true;
    fire?.reset();
  };
}
