// The deck's Web Lock in real Chromium. Two holds in one page contend for the lock as two tabs do (locks are
// shared by every page of the origin), so one page can play both tabs.
import { afterEach, describe, expect, it } from 'vitest';
import { announceLetGo, announceSaved, holdDeck, letGoAnnounced } from '../../../src/session/deckInOneTab';
import { newId, type DeckId } from '../../../src/model/ids';

const letGoes: (() => void)[] = [];
afterEach(() => {
  for (const letGo of letGoes.splice(0)) letGo();
});

/** One tab's hold on the deck, and every answer it got, in order. */
function tab(deckId: DeckId) {
  const answers: boolean[] = [];
  const hold = holdDeck(deckId, (held) => answers.push(held));
  letGoes.push(hold.letGo);
  return { answers, hold, last: () => answers.at(-1) };
}

async function lockState(deckId: DeckId) {
  const { held = [], pending = [] } = await navigator.locks.query();
  const name = `common-thread-deck:${deckId}`;
  return {
    held: held.filter((l) => l.name === name).length,
    pending: pending.filter((l) => l.name === name).length,
  };
}

describe('holdDeck', () => {
  it('lets one tab edit; "Edit here instead" moves the lock, and the tab it was taken from waits again', async () => {
    const deckId = newId<DeckId>();
    const first = tab(deckId);
    await expect.poll(first.last).toBe(true);
    const second = tab(deckId);
    await expect.poll(second.last).toBe(false);
    expect(first.answers).toEqual([true]);

    second.hold.takeOver();
    await expect.poll(second.last).toBe(true);
    // The first learns it lost the lock, and queues for it again.
    await expect.poll(first.last).toBe(false);
    await expect.poll(() => lockState(deckId)).toEqual({ held: 1, pending: 1 });

    first.hold.takeOver();
    await expect.poll(first.last).toBe(true);
    await expect.poll(second.last).toBe(false);
    expect(first.answers).toEqual([true, false, true]);
    expect(second.answers).toEqual([false, true, false]);

    // Taking over while already holding changes nothing.
    first.hold.takeOver();
    await expect.poll(() => lockState(deckId)).toEqual({ held: 1, pending: 1 });
    expect(first.answers).toEqual([true, false, true]);

    // When the first lets go, the waiting second edits.
    first.hold.letGo();
    await expect.poll(second.last).toBe(true);
    expect(first.answers).toEqual([true, false, true]);
    second.hold.letGo();
    await expect.poll(() => lockState(deckId)).toEqual({ held: 0, pending: 0 });
  });

  it('leaving the deck while waiting, or after a take-over, leaves nothing held or queued', async () => {
    const deckId = newId<DeckId>();
    const first = tab(deckId);
    await expect.poll(first.last).toBe(true);
    const second = tab(deckId);
    await expect.poll(second.last).toBe(false);
    second.hold.takeOver();
    await expect.poll(first.last).toBe(false);
    first.hold.letGo();
    second.hold.letGo();
    await expect.poll(() => lockState(deckId)).toEqual({ held: 0, pending: 0 });
    expect(first.answers).toEqual([true, false]);
    expect(second.answers).toEqual([false, true]);
  });
});

describe('letGoAnnounced', () => {
  it("resolves when the other tab says it let this deck go, not on a save or another deck's news", async () => {
    const deckId = newId<DeckId>();
    let resolved = false;
    const waiting = letGoAnnounced(deckId, 10_000).then(() => (resolved = true));
    announceSaved(deckId);
    announceLetGo(newId<DeckId>());
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(resolved).toBe(false);
    const started = performance.now();
    announceLetGo(deckId);
    await waiting;
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it('resolves after its time when no tab answers (the other tab was closed, or is frozen)', async () => {
    const started = performance.now();
    await letGoAnnounced(newId<DeckId>(), 300);
    expect(performance.now() - started).toBeGreaterThanOrEqual(290);
  });
});
