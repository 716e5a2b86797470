// Where the presenter window lives: this same page with #presenter, in a popup of its own name.
export const PRESENTER_HASH = '#presenter';
/** The popup's name: opening again finds and focuses the one already open instead of a second one. */
export const PRESENTER_WINDOW_NAME = 'common-thread-presenter';
export const PRESENTER_WINDOW_FEATURES = 'popup,width=1200,height=760';

/** The presenter window's address for a page: the page without its hash, plus #presenter. */
export function presenterUrl(pageUrl: string): string {
  const hashAt = pageUrl.indexOf('#');
  return `${hashAt < 0 ? pageUrl : pageUrl.slice(0, hashAt)}${PRESENTER_HASH}`;
}

/** Whether a page with this hash is the presenter window (checked before the page boots anything else). */
export function isPresenterAddress(hash: string): boolean {
  return hash === PRESENTER_HASH;
}

/**
 * The origin messages between the two windows may go to. Pages from file:// have opaque origins, which
 * no target origin names, so there it is '*' (the receiver still checks which window sent it).
 */
export function messageTargetOrigin(location: Pick<Location, 'protocol' | 'origin'>): string {
  return location.protocol === 'file:' || location.origin === 'null' ? '*' : location.origin;
}
