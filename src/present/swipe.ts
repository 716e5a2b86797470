// Telling a touch swipe from a tap or a scroll (pure): left is next, right is previous.

export type SwipeKind = 'next' | 'previous' | 'none';

/** A horizontal travel shorter than this (CSS pixels) is no swipe. */
export const SWIPE_MIN_DISTANCE = 50;

/**
 * The swipe a touch that moved by (dx, dy) makes: a finger moving left (dx < 0) pulls the next slide in.
 * It must be mostly horizontal (at least twice as far across as up or down).
 */
export function classifySwipe(dx: number, dy: number): SwipeKind {
  if (Math.abs(dx) <= SWIPE_MIN_DISTANCE || Math.abs(dx) < 2 * Math.abs(dy)) return 'none';
  return dx < 0 ? 'next' : 'previous';
}
