// Gives JSZip a fast setImmediate before it loads. Without one, its "setimmediate" shim falls back to
// window.postMessage and nested setTimeout (clamped to 4 ms), which made writing a 10 MB zip take ~50 s
// in a page (measured here); a MessageChannel queue is not clamped.
type Task = () => void;

if (typeof globalThis.setImmediate !== 'function' && typeof MessageChannel === 'function') {
  const queue: Task[] = [];
  const channel = new MessageChannel();
  channel.port1.onmessage = () => queue.shift()?.();
  const setImmediate = (callback: (...args: unknown[]) => void, ...args: unknown[]): number => {
    queue.push(() => callback(...args));
    channel.port2.postMessage(null);
    return queue.length;
  };
  // The shape JSZip calls; Node's typings for setImmediate describe a richer return value it never reads.
  (globalThis as unknown as { setImmediate: typeof setImmediate }).setImmediate = setImmediate;
}

export {};
