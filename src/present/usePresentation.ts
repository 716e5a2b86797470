// The state of a show: where it is (slide and step) and whether the screen is blanked, and the actions that move it.
import { useCallback, useState } from 'react';
import type { Deck } from '../model/deck';
import {
  clampPosition,
  firstPosition,
  lastPosition,
  nextPosition,
  previousPosition,
  type Position,
} from '../model/navigation';

export type Blank = 'black' | 'white' | null;

/** What moves a show: the player's keys and clicks, the presenter window, the overview. */
export type ShowAction =
  | { readonly type: 'next' | 'previous' | 'first' | 'last' }
  | { readonly type: 'black' | 'white' }
  | { readonly type: 'go'; readonly position: Position };

export type Presentation = {
  /** Always a real position of the deck (the deck may have changed under it). */
  readonly position: Position;
  readonly blank: Blank;
  readonly perform: (action: ShowAction) => void;
  /** Sets the whole state at once, as told by the other window of the show. */
  readonly follow: (position: Position, blank: Blank) => void;
};

export function usePresentation(deck: Deck, startSlide = 0): Presentation {
  const [position, setPosition] = useState<Position>(() =>
    clampPosition(deck, { slide: startSlide, step: 0 }),
  );
  const [blank, setBlank] = useState<Blank>(null);

  const perform = useCallback(
    (action: ShowAction) => {
      if (action.type === 'black' || action.type === 'white') {
        const colour = action.type;
        setBlank((now) => (now === colour ? null : colour));
        return;
      }
      if (action.type === 'go') {
        setBlank(null);
        setPosition(clampPosition(deck, action.position));
        return;
      }
      // A clicker pressed while the screen is blank brings the slide back rather than moving on unseen.
      if (blank) {
        setBlank(null);
        return;
      }
      setPosition((now) => {
        const from = clampPosition(deck, now);
        const to =
          action.type === 'next'
            ? nextPosition(deck, from)
            : action.type === 'previous'
              ? previousPosition(deck, from)
              : action.type === 'first'
                ? firstPosition(deck)
                : lastPosition(deck);
        return to ?? from;
      });
    },
    [blank, deck],
  );

  const follow = useCallback(
    (to: Position, toBlank: Blank) => {
      setPosition(clampPosition(deck, to));
      setBlank(toBlank);
    },
    [deck],
  );

  return { position: clampPosition(deck, position), blank, perform, follow };
}
