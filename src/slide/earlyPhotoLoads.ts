// Photos whose loading starts before any view asks for them: the player starts its first slide's photos
// while React is still mounting, and the view then takes the load already under way.
import type { PhotoImage } from './photoImages';
import { loadPhotoImage } from './loadPhotoImage';

const early = new Map<string, Promise<PhotoImage | undefined>>();

/** Starts loading these photos now. */
export function startLoadingEarly(urls: readonly string[]): void {
  for (const url of urls) if (!early.has(url)) early.set(url, loadPhotoImage(url));
}

/** The load of `url` started early, handed over once (so its image has one owner), or a new load. */
export function loadPhoto(url: string): Promise<PhotoImage | undefined> {
  const started = early.get(url);
  if (!started) return loadPhotoImage(url);
  early.delete(url);
  return started;
}
