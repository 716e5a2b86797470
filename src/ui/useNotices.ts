// Messages the editor shows the user: failures as alerts, other news as polite notes. Never window.alert().
import { useCallback, useState } from 'react';

/**
 * What a run of like notices is about, so the list can show them as one compact group ("4 photos could not be
 * added") with one line per file, rather than a full-width banner each.
 */
export type NoticeTopic = 'photoNotAdded' | 'photoAlreadyHere';

export type Notice = {
  readonly id: number;
  readonly kind: 'error' | 'info';
  readonly text: string;
  readonly topic?: NoticeTopic;
};

export type Notices = {
  readonly list: readonly Notice[];
  readonly add: (kind: Notice['kind'], text: string, topic?: NoticeTopic) => void;
  readonly dismiss: (ids: readonly number[]) => void;
  readonly dismissAll: () => void;
};

let nextNoticeId = 1;

export function useNotices(): Notices {
  const [list, setList] = useState<readonly Notice[]>([]);
  const add = useCallback((kind: Notice['kind'], text: string, topic?: NoticeTopic) => {
    const notice: Notice = topic
      ? { id: nextNoticeId++, kind, text, topic }
      : { id: nextNoticeId++, kind, text };
    setList((now) => [...now, notice]);
  }, []);
  const dismiss = useCallback((ids: readonly number[]) => {
    const gone = new Set(ids);
    setList((now) => now.filter((n) => !gone.has(n.id)));
  }, []);
  const dismissAll = useCallback(() => setList([]), []);
  return { list, add, dismiss, dismissAll };
}
