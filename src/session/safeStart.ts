// A safe start opens the list of decks instead of the deck open last: asked for with ?safe in the address, and
// taken on its own after a start that did not finish (the tab froze or crashed opening the last deck), so a deck
// that takes the editor down cannot keep it down at every launch.

const BOOT_MARKER_KEY = 'common-thread:starting';

export type SafeStartReason = 'asked' | 'unfinished';

/**
 * A start that has not finished after this long was stuck, not just reloaded: someone waiting on a frozen tab
 * gives it more than a few seconds, while a reload a moment after the last start (a second click, a test)
 * says nothing about the deck.
 */
export const STUCK_AFTER_MS = 5000;

/** Why this start is a safe one, or null; marks the start as begun either way (see startFinished). */
export function beginStart(
  location: Pick<Location, 'search'>,
  storage: Storage | null,
  now: Date = new Date(),
): SafeStartReason | null {
  const asked = new URLSearchParams(location.search).has('safe');
  let unfinished = false;
  try {
    const last = storage?.getItem(BOOT_MARKER_KEY);
    const began = last ? Date.parse(last) : NaN;
    unfinished = Number.isFinite(began) && now.getTime() - began >= STUCK_AFTER_MS;
    storage?.setItem(BOOT_MARKER_KEY, now.toISOString());
  } catch {
    // Storage refused (a private window's quota): no safe start on its own, the ?safe address still works.
  }
  return asked ? 'asked' : unfinished ? 'unfinished' : null;
}

/** The start finished: the editor (or the list of decks) is on screen and answering. */
export function startFinished(storage: Storage | null): void {
  try {
    storage?.removeItem(BOOT_MARKER_KEY);
  } catch {
    // Nothing to undo: the next start just cannot tell this one finished.
  }
}

/** The line the list of decks shows after a safe start. */
export function safeStartMessage(reason: SafeStartReason): string {
  return reason === 'asked'
    ? 'Safe start: here are your decks instead of the deck open last. Open one to go on.'
    : 'Common Thread did not finish opening last time, so it shows your decks instead of the deck open last. Open one to go on; if that deck stops it again, export or delete it from here.';
}

/** The browser's local storage, or null where reading it throws (some privacy settings). */
export function localStorageOrNull(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
