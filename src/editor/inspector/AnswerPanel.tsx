// The answer card of a quiz slide's last click: its title and subtitle, the photos it highlights, confetti.
import { useId } from 'react';
import type { Deck, Reveal, Slide } from '../../model/deck';
import type { PhotoId } from '../../model/ids';
import { commands } from '../../store/commands';
import { useEditorServices } from '../editorServices';
import { photoName } from '../library/photoName';

type AnswerPanelProps = { readonly deck: Deck; readonly slide: Slide; readonly reveal: Reveal };

export function AnswerPanel({ deck, slide, reveal }: AnswerPanelProps) {
  const { deckStore } = useEditorServices();
  const confettiHintId = useId();
  const { dispatch } = deckStore.getState();
  const endTyping = () => deckStore.getState().breakMerge();
  // One checkbox per photo, even when the slide shows a photo twice: the answer highlights photos.
  const photos = new Map<PhotoId, string>();
  for (const item of slide.items) {
    if (item.kind === 'photo' && !photos.has(item.photoId)) photos.set(item.photoId, photoName(deck, item));
  }
  const highlighted = new Set(reveal.answer.photoIds ?? []);

  const setHighlight = (photoId: PhotoId, on: boolean) => {
    const photoIds = [...photos.keys()].filter((id) => (id === photoId ? on : highlighted.has(id)));
    dispatch(commands.setRevealAnswer, { slideId: slide.id, photoIds });
    // Each click is its own undo step, though the command merges runs of answer edits.
    deckStore.getState().breakMerge();
  };

  const continuesHintId = `${confettiHintId}-continues`;
  const continuation = (
    <>
      <label className="answer-confetti">
        <input
          type="checkbox"
          checked={reveal.continues}
          aria-describedby={continuesHintId}
          onChange={(event) =>
            dispatch(commands.setRevealOptions, { slideId: slide.id, continues: event.target.checked })
          }
        />
        Answer on the next quiz slide
      </label>
      <p id={continuesHintId} className="hint">
        {reveal.continues
          ? 'The quiz goes on over the next slide: its photos count on, and the answer comes once, at the end.'
          : 'For more photos than one slide holds: the next quiz slide carries on, and only it shows the answer.'}
      </p>
    </>
  );
  if (reveal.continues) return continuation;

  return (
    <>
      <label className="field">
        <span>Answer</span>
        <input
          type="text"
          value={reveal.answer.title}
          placeholder="e.g. 10 years of Ana and Rui!"
          onBlur={endTyping}
          onChange={(event) =>
            dispatch(commands.setRevealAnswer, { slideId: slide.id, title: event.target.value })
          }
        />
      </label>
      <label className="field">
        <span>Subtitle</span>
        <input
          type="text"
          value={reveal.answer.subtitle ?? ''}
          placeholder="Optional, e.g. Thank you both!"
          onBlur={endTyping}
          onChange={(event) =>
            dispatch(commands.setRevealAnswer, { slideId: slide.id, subtitle: event.target.value })
          }
        />
      </label>
      {photos.size > 0 && (
        <fieldset className="answer-highlights">
          <legend>Highlight on the answer</legend>
          {[...photos].map(([photoId, name]) => (
            <label key={photoId} className="answer-highlight">
              <input
                type="checkbox"
                checked={highlighted.has(photoId)}
                onChange={(event) => setHighlight(photoId, event.target.checked)}
              />
              <span title={name}>{name}</span>
            </label>
          ))}
        </fieldset>
      )}
      <label className="answer-confetti">
        <input
          type="checkbox"
          checked={reveal.confetti}
          aria-describedby={confettiHintId}
          onChange={(event) =>
            dispatch(commands.setRevealOptions, { slideId: slide.id, confetti: event.target.checked })
          }
        />
        Confetti
      </label>
      <p id={confettiHintId} className="hint">
        Bursts when the answer comes in. It never plays when the viewer’s system asks for reduced motion.
      </p>
      {continuation}
    </>
  );
}
