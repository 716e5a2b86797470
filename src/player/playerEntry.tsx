// Entry of the standalone player built into an exported bundle's player.js: plays the deck embedded in index.html,
// or is its presenter window.
import { createRoot } from 'react-dom/client';
import { Player } from '../present/Player';
import { isPresenterAddress } from '../present/presenter/presenterAddress';
import { PresenterWindow } from '../present/presenter/PresenterWindow';
import type { PhotoMeta } from '../model/deck';
import {
  DECK_SCRIPT_ID,
  FIRST_SLIDE_ELEMENT_ID,
  MEDIA_SCRIPT_ATTRIBUTE,
  mediaPath,
} from '../bundle/bundleLayout';
import { parseEmbeddedDeck } from '../bundle/embeddedDeck';
import { embeddedDeckWords } from '../words/bundleWords';
import { slidePhotos } from '../present/photosAround';
import { startLoadingEarly } from '../slide/earlyPhotoLoads';

function showProblem(app: HTMLElement, reason: string): void {
  const message = document.createElement('p');
  message.setAttribute('role', 'alert');
  message.style.cssText = 'color: #eee; font: 18px/1.5 system-ui, sans-serif; padding: 2em; max-width: 40em;';
  // textContent, never innerHTML: the reason may quote text from the deck.
  message.textContent = `This slideshow cannot be played: ${reason}`;
  app.replaceChildren(message);
}

/**
 * A single HTML file carries its photos as base64 in script elements; each becomes a blob: URL. None in an
 * unzipped bundle, whose photos are files beside index.html.
 */
function embeddedPhotoUrls(): Map<string, string> | null {
  const elements = document.querySelectorAll<HTMLScriptElement>(`script[${MEDIA_SCRIPT_ATTRIBUTE}]`);
  if (elements.length === 0) return null;
  const urls = new Map<string, string>();
  for (const element of elements) {
    const id = element.getAttribute(MEDIA_SCRIPT_ATTRIBUTE) ?? '';
    const binary = atob(element.textContent?.trim() ?? '');
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    urls.set(id, URL.createObjectURL(new Blob([bytes], { type: element.dataset.type ?? '' })));
    // The text is no longer needed: free the page's copy of the base64.
    element.textContent = '';
  }
  return urls;
}

/** Takes away the first-slide picture index.html shows while the player starts (see bundleIndexHtml). */
function removeFirstSlidePicture(): void {
  document.getElementById(FIRST_SLIDE_ELEMENT_ID)?.remove();
}

function start(): void {
  const app = document.getElementById('app') ?? document.body;
  // The presenter window (index.html#presenter, opened by the player's P key) gets the deck from the show.
  if (isPresenterAddress(window.location.hash)) {
    removeFirstSlidePicture();
    createRoot(app).render(<PresenterWindow ownPhotoUrls={embeddedPhotoUrls() ?? undefined} />);
    return;
  }
  const result = parseEmbeddedDeck(document.getElementById(DECK_SCRIPT_ID)?.textContent ?? null);
  if (!result.ok) {
    removeFirstSlidePicture();
    showProblem(app, embeddedDeckWords(result.error));
    return;
  }
  const embedded = embeddedPhotoUrls();
  // Relative paths: index.html sits beside the media folder, and file:// pages may load images but not fetch.
  const photoUrl = embedded
    ? (photo: PhotoMeta) => embedded.get(photo.id)
    : (photo: PhotoMeta) => mediaPath(photo);
  // The first slide's photos decode while React mounts the player, which then takes them over.
  startLoadingEarly(slidePhotos(result.deck, 0, photoUrl).map((request) => request.url));
  createRoot(app).render(
    <Player deck={result.deck} photoUrl={photoUrl} onFirstSlideDrawn={removeFirstSlidePicture} startHint />,
  );
}

start();
