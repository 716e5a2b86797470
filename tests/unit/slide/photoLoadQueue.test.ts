// The player's and editor's photo loads: first wanted first, a few at a time, never twice, never leaked.
import { describe, expect, it } from 'vitest';
import type { PhotoImage } from '../../../src/slide/photoImages';
import { PhotoLoadQueue } from '../../../src/slide/photoLoadQueue';

/** A stand-in bitmap: the queue only ever closes what it does not hand over. */
type FakeBitmap = { url: string; closed: boolean; close(): void };

function harness(atOnce = 2) {
  const started: string[] = [];
  const pending = new Map<string, (image: PhotoImage | undefined) => void>();
  const received: string[] = [];
  const images = new Map<string, PhotoImage | null>();
  const bitmaps = new Map<string, FakeBitmap>();
  const queue = new PhotoLoadQueue(
    (url) => {
      started.push(url);
      return new Promise((resolve) => pending.set(url, resolve));
    },
    (url, image) => {
      received.push(url);
      images.set(url, image);
    },
    atOnce,
  );
  /** Lets the load of `url` finish with a bitmap (or with nothing, as a broken file does). */
  const finish = async (url: string, broken = false) => {
    const resolve = pending.get(url);
    if (!resolve) throw new Error(`${url} is not loading`);
    pending.delete(url);
    const bitmap: FakeBitmap = {
      url,
      closed: false,
      close() {
        this.closed = true;
      },
    };
    bitmaps.set(url, bitmap);
    resolve(broken ? undefined : (bitmap as unknown as PhotoImage));
    await new Promise((done) => setTimeout(done, 0));
  };
  return { queue, started, received, images, bitmaps, finish, loading: () => [...pending.keys()] };
}

const nothingHeld = () => false;

describe('PhotoLoadQueue', () => {
  it('loads in the order wanted, no more than its limit at once', async () => {
    const { queue, started, received, finish, loading } = harness(2);
    queue.want(['a', 'b', 'c', 'd'], nothingHeld);
    expect(started).toEqual(['a', 'b']);
    await finish('b');
    expect(started).toEqual(['a', 'b', 'c']);
    await finish('a');
    await finish('c');
    await finish('d');
    expect(received).toEqual(['b', 'a', 'c', 'd']);
    expect(loading()).toEqual([]);
  });

  it('skips what the view holds, and never starts a photo that is already loading', async () => {
    const { queue, started, finish } = harness(3);
    queue.want(['a', 'b'], (url) => url === 'a');
    expect(started).toEqual(['b']);
    queue.want(['b', 'c'], nothingHeld);
    expect(started).toEqual(['b', 'c']);
    await finish('b');
    expect(started).toEqual(['b', 'c']);
  });

  it('puts the newly wanted first and drops what is no longer wanted before it starts', async () => {
    const { queue, started, finish } = harness(1);
    queue.want(['a', 'b', 'c'], nothingHeld);
    queue.want(['d', 'c'], nothingHeld);
    await finish('a');
    expect(started).toEqual(['a', 'd']);
    await finish('d');
    expect(started).toEqual(['a', 'd', 'c']);
  });

  it('closes a photo that arrives after it stopped being wanted, and keeps one wanted again', async () => {
    const { queue, received, bitmaps, finish } = harness(2);
    queue.want(['a', 'b'], nothingHeld);
    queue.want(['c'], nothingHeld);
    await finish('a');
    expect(bitmaps.get('a')?.closed).toBe(true);
    queue.want(['b', 'c'], nothingHeld);
    await finish('b');
    expect(bitmaps.get('b')?.closed).toBe(false);
    expect(received).toEqual(['b']);
  });

  it('reports a photo that fails to load as null, and goes on', async () => {
    const { queue, started, received, images, finish } = harness(1);
    queue.want(['broken', 'b'], nothingHeld);
    await finish('broken', true);
    expect(started).toEqual(['broken', 'b']);
    await finish('b');
    expect(received).toEqual(['broken', 'b']);
    expect(images.get('broken')).toBeNull();
  });

  it('once closed, starts nothing and closes what still arrives', async () => {
    const { queue, started, received, bitmaps, finish } = harness(1);
    queue.want(['a', 'b'], nothingHeld);
    queue.close();
    await finish('a');
    expect(started).toEqual(['a']);
    expect(received).toEqual([]);
    expect(bitmaps.get('a')?.closed).toBe(true);
  });
});
