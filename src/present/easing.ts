// Easing curves for the player's animations: progress 0..1 in, eased progress 0..1 out.

export function clamp01(value: number): number {
  return Math.min(Math.max(value, 0), 1);
}

/** Fast start, gentle landing: things arriving. */
export function easeOutCubic(t: number): number {
  const u = 1 - clamp01(t);
  return 1 - u * u * u;
}

/** Gentle start and landing: things moving from one place to another. */
export function easeInOutCubic(t: number): number {
  const c = clamp01(t);
  return c < 0.5 ? 4 * c * c * c : 1 - Math.pow(-2 * c + 2, 3) / 2;
}

/** The share of an animation of `duration` ms done after `elapsed` ms (done at once when it lasts 0 ms). */
export function progressAt(elapsed: number, duration: number): number {
  return duration > 0 ? clamp01(elapsed / duration) : 1;
}

/** Overshoots a touch and settles back: a card landing. `overshoot` 0 is easeOutCubic. */
export function easeOutBack(t: number, overshoot = 1): number {
  const u = clamp01(t) - 1;
  return 1 + (overshoot + 1) * u * u * u + overshoot * u * u;
}
