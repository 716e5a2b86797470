// Full screen through the Fullscreen API; when the browser refuses, the player still fills the window.
export async function enterFullScreen(element: Element = document.documentElement): Promise<boolean> {
  if (document.fullscreenElement) return true;
  try {
    await element.requestFullscreen({ navigationUI: 'hide' });
    return true;
  } catch {
    return false;
  }
}

export async function exitFullScreen(): Promise<void> {
  if (!document.fullscreenElement) return;
  try {
    await document.exitFullscreen();
  } catch {
    // Already left (the user pressed Esc): nothing to undo.
  }
}

let toggledAt = -Infinity;

/** The player's F key: in and out of full screen, staying in the show. */
export async function toggleFullScreen(): Promise<void> {
  toggledAt = performance.now();
  if (document.fullscreenElement) await exitFullScreen();
  else await enterFullScreen();
}

/** Whether the full-screen change now happening was asked for by the F key (not by Esc or the browser). */
export function leavingByKey(): boolean {
  return performance.now() - toggledAt < 1000;
}
