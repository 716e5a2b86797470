// "Export bundle": the title, how large the photos should be (each preset with its estimated size), a zip or
// one HTML file, then a progress bar with Cancel while the file is written, then what was saved and what to do.
import { useEffect, useMemo, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { bundleDeck, bundleSummary, hasNotes } from '../../bundle/bundleContents';
import { embedFonts } from '../../bundle/embedFonts';
import {
  EXPORT_PRESETS,
  estimateBundleSize,
  formatEstimate,
  type ExportPreset,
} from '../../bundle/exportPresets';
import { useDeck } from '../../store/deckStore';
import { commands } from '../../store/commands';
import { ProgressBar } from '../../ui/ProgressBar';
import { useEditorServices } from '../editorServices';
import {
  loadPlayerScript,
  type ExportChoice,
  type ExportedFile,
  type ExportProgress,
} from './useBundleExport';
import { ExportDone } from './ExportDone';
import './tributeWizard.css';
import './exportDialog.css';
import { LIMITS } from '../../model/limits';

/** The built player's size until the real script has loaded (it is about this big). */
const PLAYER_SIZE_GUESS = 620_000;

type ExportDialogProps = {
  readonly open: boolean;
  readonly onClose: () => void;
  readonly progress: ExportProgress | null;
  readonly onExport: (choice: ExportChoice) => Promise<ExportedFile | null>;
  readonly onCancel: () => void;
};

export function ExportDialog({ open, onClose, progress, onExport, onCancel }: ExportDialogProps) {
  const { deckStore } = useEditorServices();
  const dialog = useRef<HTMLDialogElement>(null);
  const deck = useDeck(deckStore, (state) => state.deck);
  const [preset, setPreset] = useState<ExportPreset>('original');
  const [singleFile, setSingleFile] = useState(false);
  const [includeNotes, setIncludeNotes] = useState(false);
  const [playerBytes, setPlayerBytes] = useState(PLAYER_SIZE_GUESS);
  const [fontBytes, setFontBytes] = useState(0);
  const [exported, setExported] = useState<ExportedFile | null>(null);

  useEffect(() => {
    if (open && !dialog.current?.open) dialog.current?.showModal();
    if (!open && dialog.current?.open) dialog.current.close();
  }, [open]);
  // Each opening starts at the form, not at the last export's result.
  const [wasOpen, setWasOpen] = useState(open);
  if (open !== wasOpen) {
    setWasOpen(open);
    if (open) setExported(null);
  }

  useEffect(() => {
    if (!open) return;
    let live = true;
    // Measured, not guessed, as soon as it is here; loading it now also makes the export start sooner.
    loadPlayerScript().then(
      (script) => live && setPlayerBytes(new TextEncoder().encode(script).length),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [open]);

  // The font files the deck's text uses, read as the export will (they come from the app's cache).
  useEffect(() => {
    if (!open) return;
    let live = true;
    embedFonts(deck).then(
      (fonts) => live && setFontBytes(fonts.reduce((sum, font) => sum + font.url.length, 0)),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [open, deck]);

  // Sizes are those of what goes out: the photos the slides show, the notes only when ticked.
  const estimates = useMemo(() => {
    if (!open) return new Map<ExportPreset, number>();
    const carried = bundleDeck(deck, { includeNotes });
    return new Map(
      EXPORT_PRESETS.map((info) => [
        info.id,
        estimateBundleSize(
          carried,
          info.id,
          { playerScriptBytes: playerBytes, fontDataBytes: fontBytes },
          singleFile ? 'html' : 'zip',
        ),
      ]),
    );
  }, [open, deck, playerBytes, fontBytes, singleFile, includeNotes]);
  const summary = open ? bundleSummary(deck, { includeNotes }) : '';
  const notesWritten = open && hasNotes(deck);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (progress) return;
    deckStore.getState().breakMerge();
    const file = await onExport({ preset, singleFile, includeNotes });
    if (file) setExported(file);
  };

  const busy = progress !== null;
  return (
    <dialog
      ref={dialog}
      className="tribute-dialog"
      aria-labelledby="export-heading"
      onClose={onClose}
      onCancel={(event) => {
        // Esc while writing cancels the export first; the dialog stays for the next try.
        if (!busy) return;
        event.preventDefault();
        onCancel();
      }}
    >
      {open && exported && <ExportDone file={exported} onClose={onClose} />}
      {open && !exported && (
        <form noValidate onSubmit={(event) => void submit(event)}>
          <h2 id="export-heading">Export bundle</h2>
          <p className="tribute-hint">
            A zip anyone can open by double-clicking its index.html, offline; open it again here to edit.
          </p>
          <fieldset disabled={busy}>
            <label className="field">
              <span>Title</span>
              <input
                type="text"
                value={deck.title}
                maxLength={LIMITS.shortText}
                onBlur={() => deckStore.getState().breakMerge()}
                onChange={(event) =>
                  deckStore.getState().dispatch(commands.setDeckTitle, { title: event.target.value })
                }
              />
            </label>
            <fieldset className="export-presets">
              <legend>Photo size</legend>
              {EXPORT_PRESETS.map((info) => (
                <label key={info.id} className="export-preset">
                  <input
                    type="radio"
                    name="export-preset"
                    value={info.id}
                    checked={preset === info.id}
                    aria-labelledby={`export-label-${info.id}`}
                    aria-describedby={`export-estimate-${info.id}`}
                    onChange={() => setPreset(info.id)}
                  />
                  <span id={`export-label-${info.id}`}>{info.label}</span>
                  <span id={`export-estimate-${info.id}`} className="export-estimate">
                    {formatEstimate(estimates.get(info.id) ?? 0)}
                  </span>
                </label>
              ))}
            </fieldset>
            <label className="export-preset">
              <input
                type="checkbox"
                checked={singleFile}
                aria-labelledby="export-single-label"
                aria-describedby="export-single-hint"
                onChange={(event) => setSingleFile(event.target.checked)}
              />
              <span id="export-single-label">Single HTML file</span>
              <span id="export-single-hint" className="export-estimate">
                for places that refuse zip attachments
              </span>
            </label>
            <label className="export-preset">
              <input
                type="checkbox"
                checked={includeNotes}
                disabled={!notesWritten}
                aria-labelledby="export-notes-label"
                aria-describedby="export-notes-hint"
                onChange={(event) => setIncludeNotes(event.target.checked)}
              />
              <span id="export-notes-label">Include speaker notes</span>
              <span id="export-notes-hint" className="export-estimate">
                {notesWritten ? 'for presenting from the bundle' : 'no slide has notes'}
              </span>
            </label>
          </fieldset>
          <p id="export-summary" className="export-summary">
            <span className="export-summary-label">Goes out: </span>
            {summary}
          </p>
          {progress ? (
            <ProgressBar
              label="Export progress"
              done={progress.done}
              total={progress.total}
              text={`Exporting… ${Math.round((100 * progress.done) / Math.max(1, progress.total))} %`}
              onCancel={onCancel}
            />
          ) : (
            <div className="tribute-actions">
              <button type="button" onClick={onClose}>
                Close
              </button>
              <button type="submit" className="primary" aria-describedby="export-summary">
                Export
              </button>
            </div>
          )}
        </form>
      )}
    </dialog>
  );
}
