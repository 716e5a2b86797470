// The setImmediate JSZip gets in a page: callbacks run once each, in order, with their arguments.
import { expect, it } from 'vitest';
import '../../../src/bundle/fastSetImmediate';

it('runs queued callbacks in order with their arguments, also when queued from inside one', async () => {
  const seen: string[] = [];
  await new Promise<void>((resolve) => {
    setImmediate(
      (a: string, b: string) => {
        seen.push(a + b);
        setImmediate(() => {
          seen.push('nested');
          resolve();
        });
      },
      'fir',
      'st',
    );
    setImmediate(() => seen.push('second'));
  });
  expect(seen).toEqual(['first', 'second', 'nested']);
});

it('is installed in the page (the browser has no setImmediate of its own)', () => {
  expect(typeof setImmediate).toBe('function');
});
