// Runs an animation on the display's frames: calls `frame` with the elapsed time until `duration`, then `done`.
import { useEffect } from 'react';

/** Milliseconds from some fixed start; the player uses the page's clock, tests pass one they move by hand. */
export type Clock = () => number;

export const pageClock: Clock = () => performance.now();

export type AnimationRun = {
  readonly duration: number;
  /** Draws the animation at `elapsed` ms (never past `duration`); it must not re-render React. */
  readonly frame: (elapsed: number) => void;
  readonly done: () => void;
};

/** Starts `run` when it changes (null runs nothing); a new run or unmounting stops the old one at once. */
export function useAnimationFrames(run: AnimationRun | null, clock: Clock): void {
  useEffect(() => {
    if (!run) return;
    const start = clock();
    let request = requestAnimationFrame(function tick() {
      const elapsed = clock() - start;
      run.frame(Math.min(Math.max(elapsed, 0), run.duration));
      if (elapsed >= run.duration) run.done();
      else request = requestAnimationFrame(tick);
    });
    return () => cancelAnimationFrame(request);
  }, [run, clock]);
}
