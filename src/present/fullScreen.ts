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

export async function toggleFullScreen(): Promise<void> {
  if (document.fullscreenElement) await exitFullScreen();
  else await enterFullScreen();
}
