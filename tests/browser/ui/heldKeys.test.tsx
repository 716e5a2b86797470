// Keys pressed while a lazily loaded part arrives are held, then given to it in order once it listens; the
// browser's own shortcuts are never held.
import { useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';
import { expect, it, vi } from 'vitest';
import { newHeldKeys, useHoldKeys, useReplayKeys, type HeldKeys } from '../../../src/ui/heldKeys';

function Arriving({ keys }: { keys: HeldKeys }) {
  useHoldKeys(keys);
  return <p>arriving</p>;
}

function Listener({ heard }: { heard: string[] }) {
  useEffect(() => {
    const listen = (event: KeyboardEvent) => heard.push(event.key);
    window.addEventListener('keydown', listen);
    return () => window.removeEventListener('keydown', listen);
  }, [heard]);
  return <p>here</p>;
}

function Replay({ keys }: { keys: HeldKeys }) {
  useReplayKeys(keys);
  return null;
}

function Part({ keys, heard, here }: { keys: HeldKeys; heard: string[]; here: boolean }) {
  return here ? (
    <>
      <Listener heard={heard} />
      <Replay keys={keys} />
    </>
  ) : (
    <Arriving keys={keys} />
  );
}

const tick = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));

/** A key as the page gets it: aimed at the focused element (here the body), so it passes the window first. */
function press(key: string, init: KeyboardEventInit = {}): boolean {
  return document.body.dispatchEvent(
    new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init }),
  );
}

it('holds plain keys while the part arrives and replays them to it, in order, once each', async () => {
  const keys = newHeldKeys();
  const heard: string[] = [];
  const early: string[] = [];
  const peek = (event: KeyboardEvent) => early.push(event.key);
  window.addEventListener('keydown', peek);
  const host = document.createElement('div');
  document.body.append(host);
  const root = createRoot(host);
  flushSync(() => root.render(<Part keys={keys} heard={heard} here={false} />));
  await tick(); // the effects are on

  expect(press('ArrowRight')).toBe(false);
  expect(press(' ')).toBe(false);
  expect(press('p')).toBe(false);
  // Ctrl+R, Alt+Left, Meta+W are the browser's: not held, not prevented.
  expect(press('r', { ctrlKey: true })).toBe(true);
  expect(press('ArrowLeft', { altKey: true })).toBe(true);
  expect(press('w', { metaKey: true })).toBe(true);
  expect(early).toEqual(['r', 'ArrowLeft', 'w']);
  window.removeEventListener('keydown', peek);

  flushSync(() => root.render(<Part keys={keys} heard={heard} here />));
  await vi.waitFor(() => expect(heard).toEqual(['ArrowRight', ' ', 'p']));
  // Nothing more arrives later (no second replay).
  await tick(50);
  expect(heard).toEqual(['ArrowRight', ' ', 'p']);
  expect(keys.replayed).toBe(3);
  root.unmount();
  host.remove();
});
