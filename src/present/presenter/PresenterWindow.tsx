// The presenter window's page: links to the show that opened it and shows the presenter view, or why it cannot.
import { useEffect, useMemo } from 'react';
import { PresenterView } from './PresenterView';
import { presenterStyles as styles } from './presenterStyles';
import { useShowLink, type LinkStatus } from './useShowLink';

const NOTICES: Record<LinkStatus, string | null> = {
  alone: 'This is the presenter view. Open it from the show: press P while presenting.',
  waiting: null,
  live: null,
  ended: 'The show has ended. Start presenting again in the main window and this view follows.',
  closed: 'The show’s window was closed. This view no longer follows it; you can close this window.',
};

type PresenterWindowProps = {
  /**
   * Photos this page carries itself, by photo id (a single HTML file holds its photos): drawn from here rather
   * than from the show's object URLs, which a file:// page cannot load from another window.
   */
  readonly ownPhotoUrls?: ReadonlyMap<string, string>;
};

export function PresenterWindow({ ownPhotoUrls }: PresenterWindowProps) {
  const { status, show: linked, perform } = useShowLink();
  const show = useMemo(
    () =>
      linked && ownPhotoUrls
        ? { ...linked, photoUrls: { ...linked.photoUrls, ...Object.fromEntries(ownPhotoUrls) } }
        : linked,
    [linked, ownPhotoUrls],
  );
  const title = show?.deck.title;

  useEffect(() => {
    document.title = title ? `Presenter view: ${title}` : 'Presenter view';
  }, [title]);

  if (!show) {
    return (
      <main style={styles.message} aria-busy={status === 'waiting'}>
        <p role={status === 'waiting' ? 'status' : 'alert'}>{NOTICES[status] ?? 'Waiting for the show…'}</p>
      </main>
    );
  }
  return <PresenterView show={show} notice={NOTICES[status]} onAction={perform} />;
}
