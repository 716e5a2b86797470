// Shows the editor's notices compactly: like notices (the files of one import that failed) as one group with a
// line each, still naming the file and the reason, and one "Dismiss all" for everything shown.
import { useId, useState } from 'react';
import type { Notice, NoticeTopic } from './useNotices';

type NoticeListProps = {
  readonly notices: readonly Notice[];
  readonly onDismiss: (ids: readonly number[]) => void;
  readonly onDismissAll: () => void;
};

/** The heading of a group of like notices, in the user's words. */
const GROUP_TITLES: Record<NoticeTopic, (count: number) => string> = {
  photoNotAdded: (count) => `${count} photos could not be added`,
  photoAlreadyHere: (count) => `${count} photos are already in the library`,
};

/**
 * What each notice of a topic says that its group's heading says already: shown on one short line, each says
 * just the file and the reason, while a screen reader still hears the whole sentence.
 */
const GROUP_PHRASES: Record<NoticeTopic, string> = {
  photoNotAdded: ' could not be added',
  photoAlreadyHere: ' is already in the library',
};

type Block =
  | { readonly kind: 'one'; readonly notice: Notice }
  | { readonly kind: 'group'; readonly topic: NoticeTopic; readonly notices: Notice[] };

/** The notices in order, those of one topic gathered where the first of them is (one alone stays alone). */
export function noticeBlocks(notices: readonly Notice[]): Block[] {
  const blocks: Block[] = [];
  const groups = new Map<NoticeTopic, Notice[]>();
  for (const notice of notices) {
    const { topic } = notice;
    if (!topic) {
      blocks.push({ kind: 'one', notice });
      continue;
    }
    const group = groups.get(topic);
    if (group) group.push(notice);
    else {
      const started = [notice];
      groups.set(topic, started);
      blocks.push({ kind: 'group', topic, notices: started });
    }
  }
  return blocks.map((block) =>
    block.kind === 'group' && block.notices.length === 1 && block.notices[0]
      ? { kind: 'one', notice: block.notices[0] }
      : block,
  );
}

export function NoticeList({ notices, onDismiss, onDismissAll }: NoticeListProps) {
  if (notices.length === 0) return null;
  return (
    <div className="notices">
      <div className="notice-blocks">
        {noticeBlocks(notices).map((block) =>
          block.kind === 'one' ? (
            <OneNotice key={block.notice.id} notice={block.notice} onDismiss={onDismiss} />
          ) : (
            <NoticeGroup
              key={block.notices[0]?.id}
              title={GROUP_TITLES[block.topic](block.notices.length)}
              phrase={GROUP_PHRASES[block.topic]}
              notices={block.notices}
            />
          ),
        )}
      </div>
      {notices.length > 1 && (
        <button type="button" className="notice-dismiss-all" onClick={onDismissAll}>
          Dismiss all
        </button>
      )}
    </div>
  );
}

const roleOf = (notice: Notice) => (notice.kind === 'error' ? 'alert' : 'status');

function OneNotice({
  notice,
  onDismiss,
}: {
  readonly notice: Notice;
  readonly onDismiss: (ids: readonly number[]) => void;
}) {
  return (
    <div className={`notice notice-${notice.kind}`} role={roleOf(notice)}>
      <span>{notice.text}</span>
      <button
        type="button"
        className="notice-dismiss"
        aria-label="Dismiss"
        onClick={() => onDismiss([notice.id])}
      >
        ×
      </button>
    </div>
  );
}

/** One heading for the group, then a short line per notice (each its own alert), which can be folded away. */
function NoticeGroup({
  title,
  phrase,
  notices,
}: {
  readonly title: string;
  readonly phrase: string;
  readonly notices: readonly Notice[];
}) {
  const [open, setOpen] = useState(true);
  const titleId = useId();
  const linesId = useId();
  const kind = notices.some((notice) => notice.kind === 'error') ? 'error' : 'info';
  return (
    <div role="group" className={`notice notice-group notice-${kind}`} aria-labelledby={titleId}>
      <div className="notice-group-head">
        <strong id={titleId}>{title}</strong>
        <button
          type="button"
          className="notice-toggle"
          aria-expanded={open}
          aria-controls={linesId}
          onClick={() => setOpen((now) => !now)}
        >
          {open ? 'Hide list' : 'Show list'}
        </button>
      </div>
      <div id={linesId} className="notice-lines" hidden={!open}>
        {open &&
          notices.map((notice) => (
            <p key={notice.id} className="notice-line" role={roleOf(notice)}>
              <ShortLine text={notice.text} phrase={phrase} />
            </p>
          ))}
      </div>
    </div>
  );
}

/** The notice's text with `phrase` (said by the group's heading) heard but not shown. */
function ShortLine({ text, phrase }: { readonly text: string; readonly phrase: string }) {
  const at = text.indexOf(phrase);
  if (at < 0) return text;
  return (
    <>
      {text.slice(0, at)}
      <span className="visually-hidden">{phrase}</span>
      {text.slice(at + phrase.length)}
    </>
  );
}
