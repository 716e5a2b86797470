// The app shell: boots the editor from IndexedDB, then shows the editor or the player; or is the presenter window.
import { useEffect, useState } from 'react';
import { isPresenterAddress } from '../present/presenter/presenterAddress';
import { PresenterWindow } from '../present/presenter/PresenterWindow';
import { bootEditor, type BootResult } from './bootEditor';
import { Editor } from './Editor';
import { EditorServicesContext } from './editorServices';

export function App() {
  // Decided before anything boots: the presenter window gets everything from the show, never from storage.
  return isPresenterAddress(window.location.hash) ? <PresenterWindow /> : <EditorApp />;
}

function EditorApp() {
  const [boot, setBoot] = useState<BootResult | { error: string } | null>(null);

  useEffect(() => {
    let cancelled = false;
    bootEditor().then(
      (result) => {
        if (!cancelled) setBoot(result);
      },
      (error: unknown) => {
        if (!cancelled) setBoot({ error: error instanceof Error ? error.message : String(error) });
      },
    );
    return () => {
      cancelled = true;
    };
  }, []);

  if (!boot) {
    return (
      <main className="boot" aria-busy="true">
        <p>Opening Common Thread…</p>
      </main>
    );
  }
  if ('error' in boot) {
    return (
      <main className="boot">
        <p role="alert">
          Common Thread could not open its storage in this browser ({boot.error}). Private windows and some
          browser settings block it; try a normal window.
        </p>
      </main>
    );
  }
  return (
    <EditorServicesContext.Provider value={boot.services}>
      <Editor bootProblem={boot.problem} />
    </EditorServicesContext.Provider>
  );
}
