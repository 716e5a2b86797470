// A part that cannot be loaded (its chunk fails to fetch) shows its fallback and is told, and the rest of the
// screen stays.
import { lazy, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';
import { expect, it, vi } from 'vitest';
import { LoadBoundary } from '../../../src/ui/LoadBoundary';

it('shows the fallback in place of a part whose chunk fails to load, and says why once', async () => {
  const Missing = lazy(() => Promise.reject(new TypeError('Failed to fetch dynamically imported module')));
  const onError = vi.fn();
  const host = document.createElement('div');
  document.body.append(host);
  const root = createRoot(host);
  flushSync(() =>
    root.render(
      <main>
        <p>The rest of the editor</p>
        <LoadBoundary fallback={<p role="alert">Could not load</p>} onError={onError}>
          <Suspense fallback={<p>Loading</p>}>
            <Missing />
          </Suspense>
        </LoadBoundary>
      </main>,
    ),
  );
  await vi.waitFor(() => expect(host.querySelector('[role="alert"]')?.textContent).toBe('Could not load'));
  expect(host.textContent).toContain('The rest of the editor');
  expect(onError).toHaveBeenCalledTimes(1);
  expect(String(onError.mock.calls[0]?.[0])).toContain('Failed to fetch');
  root.unmount();
  host.remove();
});
