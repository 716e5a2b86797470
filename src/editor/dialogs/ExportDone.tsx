// After "Export": which file was saved, how large it is, and what to do with it.
import { useEffect, useRef } from 'react';
import type { ExportedFile } from './useBundleExport';

type ExportDoneProps = { readonly file: ExportedFile; readonly onClose: () => void };

/** "12.4 MB", "830 kB": a size people read in a mail client. */
export function formatFileSize(bytes: number): string {
  if (bytes < 1_000_000) return `${Math.max(1, Math.round(bytes / 1000))} kB`;
  const mb = bytes / 1_000_000;
  return `${mb < 10 ? mb.toFixed(1) : Math.round(mb)} MB`;
}

export function ExportDone({ file, onClose }: ExportDoneProps) {
  const done = useRef<HTMLButtonElement>(null);
  // The focus was on Export, which is gone: it goes to Done, so Enter or Esc closes.
  useEffect(() => done.current?.focus(), []);
  return (
    <div className="export-done">
      <h2 id="export-heading">Export bundle</h2>
      <p role="status" className="export-done-file">
        <span aria-hidden="true">✓ </span>Saved <strong>{file.fileName}</strong> ({formatFileSize(file.bytes)}
        ) to your downloads.
      </p>
      <p className="export-done-next">
        {file.singleFile
          ? 'Send this file; they double-click it to open the show in their browser, offline.'
          : 'Send this zip; they unzip it and double-click index.html. It plays offline, with no install.'}
      </p>
      <p className="tribute-hint">To change it later, open it here again with Open bundle.</p>
      <div className="tribute-actions">
        <button ref={done} type="button" className="primary" onClick={onClose}>
          Done
        </button>
      </div>
    </div>
  );
}
