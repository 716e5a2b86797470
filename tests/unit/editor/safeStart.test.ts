// The safe start: ?safe asks for it; a start that began and never finished (seconds ago or more) takes it on
// its own; a start that finished, or a reload a moment after the last start, does not.
import { describe, expect, it } from 'vitest';
import { beginStart, safeStartMessage, startFinished, STUCK_AFTER_MS } from '../../../src/session/safeStart';

function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, String(value)),
  };
}

const at = (ms: number) => new Date(Date.UTC(2026, 0, 1) + ms);
const plain = { search: '' };

describe('safe start', () => {
  it('is taken when the address asks for it', () => {
    expect(beginStart({ search: '?safe' }, memoryStorage(), at(0))).toBe('asked');
  });

  it('is not taken after a start that finished', () => {
    const storage = memoryStorage();
    expect(beginStart(plain, storage, at(0))).toBeNull();
    startFinished(storage);
    expect(beginStart(plain, storage, at(60_000))).toBeNull();
  });

  it('is taken after a start that never finished, and only then', () => {
    const storage = memoryStorage();
    beginStart(plain, storage, at(0));
    // The tab froze; the person reloads after a while.
    expect(beginStart(plain, storage, at(STUCK_AFTER_MS + 1000))).toBe('unfinished');
    startFinished(storage);
    expect(beginStart(plain, storage, at(10 * STUCK_AFTER_MS))).toBeNull();
  });

  it('is not taken for a reload a moment after the last start', () => {
    const storage = memoryStorage();
    beginStart(plain, storage, at(0));
    expect(beginStart(plain, storage, at(300))).toBeNull();
  });

  it('still works on ?safe where storage throws', () => {
    const broken = {
      ...memoryStorage(),
      getItem: () => {
        throw new Error('denied');
      },
    } as Storage;
    expect(beginStart({ search: '?safe' }, broken)).toBe('asked');
    expect(beginStart(plain, broken)).toBeNull();
    expect(beginStart(plain, null)).toBeNull();
  });

  it('says why it shows the decks', () => {
    expect(safeStartMessage('unfinished')).toMatch(/did not finish opening last time/);
    expect(safeStartMessage('asked')).toMatch(/^Safe start/);
  });
});
