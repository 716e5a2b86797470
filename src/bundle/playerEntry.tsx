// Entry of the standalone player built into an exported bundle's player.js: plays the deck embedded in index.html,
// or is its presenter window.
import { createRoot } from 'react-dom/client';
import { Player } from '../present/Player';
import { isPresenterAddress } from '../present/presenter/presenterAddress';
import { PresenterWindow } from '../present/presenter/PresenterWindow';
import { DECK_SCRIPT_ID, mediaPath } from './bundleLayout';
import { parseEmbeddedDeck } from './embeddedDeck';

function showProblem(app: HTMLElement, reason: string): void {
  const message = document.createElement('p');
  message.setAttribute('role', 'alert');
  message.style.cssText = 'color: #eee; font: 18px/1.5 system-ui, sans-serif; padding: 2em; max-width: 40em;';
  // textContent, never innerHTML: the reason may quote text from the deck.
  message.textContent = `This slideshow cannot be played: ${reason}`;
  app.replaceChildren(message);
}

function start(): void {
  const app = document.getElementById('app') ?? document.body;
  // The presenter window (index.html#presenter, opened by the player's P key) gets the deck from the show.
  if (isPresenterAddress(window.location.hash)) {
    createRoot(app).render(<PresenterWindow />);
    return;
  }
  const result = parseEmbeddedDeck(document.getElementById(DECK_SCRIPT_ID)?.textContent ?? null);
  if (!result.ok) {
    showProblem(app, result.reason);
    return;
  }
  // Relative paths: index.html sits beside the media folder, and file:// pages may load images but not fetch.
  createRoot(app).render(<Player deck={result.deck} photoUrl={(photo) => mediaPath(photo)} />);
}

start();
