// The slide number being typed in the player, forgotten after a pause, and the brief note when it is no slide.
import { useCallback, useEffect, useState } from 'react';
import {
  entryOutcome,
  entryPrompt,
  eraseDigit,
  noSuchSlideText,
  typeDigit,
  type EntryOutcome,
} from './slideNumberEntry';

/** A pause this long forgets the digits typed; a "no such slide" note shows this long too. */
export const ENTRY_TIMEOUT_MS = 3000;

export type SlideNumberTyping = {
  /** True while digits are typed and waiting for Enter. */
  readonly typing: boolean;
  /** What to show and announce: "Go to slide 12", "No slide 60: the last is 12", or '' for nothing. */
  readonly text: string;
  readonly type: (digit: string) => void;
  readonly erase: () => void;
  readonly clear: () => void;
  /** Enter: the outcome of the digits typed; they are forgotten. */
  readonly submit: () => EntryOutcome;
};

export function useSlideNumberEntry(slideCount: number): SlideNumberTyping {
  const [entry, setEntry] = useState('');
  const [note, setNote] = useState('');

  // Any change (a digit, a note) starts the wait again; nothing pending, nothing to wait for.
  useEffect(() => {
    if (entry === '' && note === '') return;
    const timer = setTimeout(() => {
      setEntry('');
      setNote('');
    }, ENTRY_TIMEOUT_MS);
    return () => clearTimeout(timer);
  }, [entry, note]);

  const type = useCallback((digit: string) => {
    setNote('');
    setEntry((now) => typeDigit(now, digit));
  }, []);
  const erase = useCallback(() => setEntry(eraseDigit), []);
  const clear = useCallback(() => {
    setEntry('');
    setNote('');
  }, []);
  const submit = useCallback((): EntryOutcome => {
    const outcome = entryOutcome(entry, slideCount);
    setEntry('');
    setNote(outcome.kind === 'no such slide' ? noSuchSlideText(outcome.slideNumber, slideCount) : '');
    return outcome;
  }, [entry, slideCount]);

  return { typing: entry !== '', text: entry !== '' ? entryPrompt(entry) : note, type, erase, clear, submit };
}
