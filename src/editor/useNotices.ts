// Messages the editor shows the user: failures as alerts, other news as polite notes. Never window.alert().
import { useCallback, useState } from 'react';

export type Notice = { readonly id: number; readonly kind: 'error' | 'info'; readonly text: string };

export type Notices = {
  readonly list: readonly Notice[];
  readonly add: (kind: Notice['kind'], text: string) => void;
  readonly dismiss: (id: number) => void;
};

let nextNoticeId = 1;

export function useNotices(): Notices {
  const [list, setList] = useState<readonly Notice[]>([]);
  const add = useCallback((kind: Notice['kind'], text: string) => {
    setList((now) => [...now, { id: nextNoticeId++, kind, text }]);
  }, []);
  const dismiss = useCallback((id: number) => setList((now) => now.filter((n) => n.id !== id)), []);
  return { list, add, dismiss };
}
