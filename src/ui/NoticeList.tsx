// Shows the editor's notices: each failure is its own alert, naming what failed and why.
import type { Notice } from '../editor/useNotices';

type NoticeListProps = { readonly notices: readonly Notice[]; readonly onDismiss: (id: number) => void };

export function NoticeList({ notices, onDismiss }: NoticeListProps) {
  if (notices.length === 0) return null;
  return (
    <div className="notices">
      {notices.map((notice) => (
        <div
          key={notice.id}
          className={`notice notice-${notice.kind}`}
          role={notice.kind === 'error' ? 'alert' : 'status'}
        >
          <span>{notice.text}</span>
          <button
            type="button"
            className="notice-dismiss"
            aria-label="Dismiss"
            onClick={() => onDismiss(notice.id)}
          >
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
