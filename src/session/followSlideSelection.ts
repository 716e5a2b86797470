// Keeps a slide selected when the selected one disappears (deleted, or its creation undone): its neighbour.
import type { SlideId } from '../model/ids';
import type { DeckStore } from '../store/deckStore';
import type { SessionStore } from '../store/sessionStore';

export function followSlideSelection(deckStore: DeckStore, session: SessionStore): () => void {
  let lastIndex = 0;
  const remember = () => {
    const { selectedSlideId } = session.getState();
    const index = deckStore.getState().deck.slides.findIndex((s) => s.id === selectedSlideId);
    if (index >= 0) lastIndex = index;
  };
  const repair = () => {
    const { slides } = deckStore.getState().deck;
    const { selectedSlideId } = session.getState();
    if (selectedSlideId !== null && slides.some((s) => s.id === selectedSlideId)) return remember();
    const neighbour = slides[Math.min(lastIndex, slides.length - 1)];
    const next: SlideId | null = neighbour?.id ?? null;
    if (next !== selectedSlideId) session.getState().selectSlide(next);
  };
  remember();
  const stopDeck = deckStore.subscribe((state, previous) => {
    if (state.deck.slides !== previous.deck.slides) repair();
  });
  const stopSession = session.subscribe((state, previous) => {
    if (state.selectedSlideId !== previous.selectedSlideId) remember();
  });
  return () => {
    stopDeck();
    stopSession();
  };
}
