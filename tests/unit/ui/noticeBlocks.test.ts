// How the notice list gathers like notices: one group per topic where its first notice is; one alone stays alone.
import { describe, expect, it } from 'vitest';
import type { Notice } from '../../../src/ui/useNotices';
import { noticeBlocks } from '../../../src/ui/NoticeList';

const bad = (id: number): Notice => ({
  id,
  kind: 'error',
  text: `“${id}.jpg” could not be added: x.`,
  topic: 'photoNotAdded',
});
const plain = (id: number): Notice => ({ id, kind: 'info', text: `note ${id}` });

describe('noticeBlocks', () => {
  it('gathers the notices of a topic into one group, in order, where the first of them is', () => {
    const blocks = noticeBlocks([plain(1), bad(2), plain(3), bad(4), bad(5)]);
    expect(blocks.map((b) => (b.kind === 'one' ? b.notice.id : b.notices.map((n) => n.id)))).toEqual([
      1,
      [2, 4, 5],
      3,
    ]);
  });

  it('leaves a notice alone when it is the only one of its topic', () => {
    expect(noticeBlocks([bad(1), plain(2)])).toEqual([
      { kind: 'one', notice: bad(1) },
      { kind: 'one', notice: plain(2) },
    ]);
    expect(noticeBlocks([])).toEqual([]);
  });

  it('keeps topics apart', () => {
    const here = (id: number): Notice => ({ id, kind: 'info', text: 'there', topic: 'photoAlreadyHere' });
    const blocks = noticeBlocks([bad(1), here(2), bad(3), here(4)]);
    expect(blocks.map((b) => b.kind === 'group' && b.topic)).toEqual(['photoNotAdded', 'photoAlreadyHere']);
  });
});
