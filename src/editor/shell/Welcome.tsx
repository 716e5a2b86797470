// What an empty deck shows where the slide would be: the three ways to begin, large, with what each does.
type WelcomeProps = {
  readonly onNewTribute: () => void;
  readonly onAddPhotos: () => void;
  readonly onOpenBundle: () => void;
};

export function Welcome({ onNewTribute, onAddPhotos, onOpenBundle }: WelcomeProps) {
  return (
    <section className="welcome" aria-labelledby="welcome-heading">
      <h2 id="welcome-heading">Make a photo quiz</h2>
      <p className="welcome-lead">
        “What do these photos have in common?” — the photos come in one click at a time, and the last click
        gives the answer.
      </p>
      <div className="welcome-choices">
        <button type="button" className="welcome-choice primary-choice" onClick={onNewTribute}>
          <span className="welcome-choice-title">Start a tribute</span>
          <span className="welcome-choice-text">
            Pick the photos and type the names: the quiz is built for you, answer last.
          </span>
        </button>
        <button type="button" className="welcome-choice" onClick={onAddPhotos}>
          <span className="welcome-choice-title">Choose photos</span>
          <span className="welcome-choice-text">Add your photos, then lay out slides yourself.</span>
        </button>
        <button type="button" className="welcome-choice" onClick={onOpenBundle}>
          <span className="welcome-choice-title">Open a bundle</span>
          <span className="welcome-choice-text">Go on with a show exported before (a .zip).</span>
        </button>
      </div>
      <p className="hint">Photos stay on this computer. You can also drop photos anywhere on this window.</p>
    </section>
  );
}
