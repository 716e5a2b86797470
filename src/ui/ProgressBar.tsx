// A labelled progress bar for long work (import, export), with a Cancel button.
type ProgressBarProps = {
  readonly label: string;
  readonly done: number;
  readonly total: number;
  readonly text: string;
  readonly onCancel?: () => void;
};

export function ProgressBar({ label, done, total, text, onCancel }: ProgressBarProps) {
  return (
    <div className="progress">
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={done}
        aria-valuetext={text}
        className="progress-track"
      >
        <div className="progress-fill" style={{ width: `${total > 0 ? (100 * done) / total : 0}%` }} />
      </div>
      <span className="progress-text">{text}</span>
      {onCancel && (
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      )}
    </div>
  );
}
