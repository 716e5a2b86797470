// The presenter view's words and numbers: the elapsed time, the clock and what the next step will show.
import type { Deck } from '../../model/deck';
import { nextPosition, statusText, type Position } from '../../model/navigation';

/** "4:05" under an hour, "1:02:09" from an hour on; negative or odd input counts as zero. */
export function formatElapsed(milliseconds: number): string {
  const total = Number.isFinite(milliseconds) ? Math.max(0, Math.floor(milliseconds / 1000)) : 0;
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const twoDigits = (n: number) => String(n).padStart(2, '0');
  return hours > 0
    ? `${hours}:${twoDigits(minutes)}:${twoDigits(seconds)}`
    : `${minutes}:${twoDigits(seconds)}`;
}

/** The local time as HH:MM, 24-hour. */
export function formatClock(time: Date): string {
  return `${String(time.getHours()).padStart(2, '0')}:${String(time.getMinutes()).padStart(2, '0')}`;
}

/** What the next press of "Next" shows, e.g. "Slide 2 of 5, photo 4 of 6", or "End of the show". */
export function nextStepText(deck: Deck, position: Position): string {
  const next = nextPosition(deck, position);
  return next ? statusText(deck, next) : 'End of the show';
}
