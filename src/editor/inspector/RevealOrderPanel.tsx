// The order a quiz slide's photos come in, one click at a time, each with its clue.
import type { Deck, Reveal, Slide } from '../../model/deck';
import { InspectorSection } from './InspectorSection';
import { RevealOrderList } from './RevealOrderList';

type RevealOrderPanelProps = { readonly deck: Deck; readonly slide: Slide; readonly reveal: Reveal };

export function RevealOrderPanel({ deck, slide, reveal }: RevealOrderPanelProps) {
  const photoCount = slide.items.filter((item) => item.kind === 'photo').length;
  return (
    <InspectorSection section="revealOrder" title="Reveal order" className="reveal-order-section">
      <p className="hint">
        {reveal.order.length} of {photoCount} photos come in one click at a time, in this order, each with its
        clue if it has one. Photos left out of the reveal show from the question on.
      </p>
      {photoCount > 0 || reveal.order.length > 0 ? (
        <RevealOrderList deck={deck} slide={slide} reveal={reveal} />
      ) : (
        <p className="empty">This slide has no photos yet.</p>
      )}
    </InspectorSection>
  );
}
