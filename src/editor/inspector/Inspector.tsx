// The inspector for the selected slide: the sections that fit the selection (text, quiz, layout, reveal, answer,
// style, notes, theme), the most used first, each folded or open as the user left it.
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { commands } from '../../store/commands';
import { useDeck } from '../../store/deckStore';
import { AnswerPanel } from './AnswerPanel';
import { useEditorServices } from '../editorServices';
import { InspectorSection } from './InspectorSection';
import { inspectorSections, keptOrder, type InspectorSectionId } from './inspectorSections';
import { LayoutGallery } from './LayoutGallery';
import { RevealOrderPanel } from './RevealOrderPanel';
import { RevealStylePanel } from './RevealStylePanel';
import { SlideStylePanel } from './SlideStylePanel';
import { SpeakerNotes } from './SpeakerNotes';
import { TextPanel } from './TextPanel';
import { ThemePicker } from './ThemePicker';
import { TransitionPicker } from './TransitionPicker';
import './inspector.css';

export function Inspector() {
  const { deckStore, session, revealStash } = useEditorServices();
  const deck = useDeck(deckStore, (state) => state.deck);
  const slides = deck.slides;
  const selectedSlideId = useStore(session, (state) => state.selectedSlideId);
  const selectedItemIds = useStore(session, (state) => state.selectedItemIds);
  const index = slides.findIndex((s) => s.id === selectedSlideId);
  const slide = slides[index];
  const { dispatch } = deckStore.getState();
  // The order the sections had when the focus came into the inspector: working in a section selects its photo
  // (a reveal row does), and the sections must not move under the pointer between the press and the click.
  const [kept, setKept] = useState<readonly InspectorSectionId[] | null>(null);
  const aside = useRef<HTMLElement>(null);
  // A focused element that goes away (a row moved in the reveal order) takes the focus with it and no blur is
  // told; the order is let go as soon as anything outside the inspector takes the focus.
  useEffect(() => {
    if (!kept) return;
    const onFocusIn = (event: FocusEvent) => {
      if (!(event.target instanceof Node && aside.current?.contains(event.target))) setKept(null);
    };
    document.addEventListener('focusin', onFocusIn);
    return () => document.removeEventListener('focusin', onFocusIn);
  }, [kept]);

  if (!slide) {
    return (
      <aside className="panel inspector" aria-label="Inspector">
        <p className="empty">Select a slide to set its quiz reveal.</p>
      </aside>
    );
  }
  const reveal = slide.reveal;
  const photoCount = slide.items.filter((item) => item.kind === 'photo').length;
  // The text panel is for one caption at a time.
  const onlySelected =
    selectedItemIds.length === 1 ? slide.items.find((i) => i.id === selectedItemIds[0]) : undefined;
  const selectedText = onlySelected?.kind === 'text' ? onlySelected : undefined;

  const selectedItems = slide.items.filter((item) => selectedItemIds.includes(item.id));
  const fitting = inspectorSections({
    photoCount,
    hasReveal: reveal !== null,
    revealedCount: reveal?.order.length ?? 0,
    textSelected: selectedText !== undefined,
    photoSelected: selectedItems.some((item) => item.kind === 'photo'),
  });
  const sections = kept ? keptOrder(kept, fitting) : fitting;
  // A section that came in meanwhile (the reveal's, as the quiz is turned on) keeps its place from then on.
  if (kept && (kept.length !== sections.length || kept.some((id, at) => sections[at] !== id)))
    setKept(sections);

  const section = (id: InspectorSectionId): ReactNode => {
    switch (id) {
      case 'text':
        return selectedText && <TextPanel key={id} deck={deck} slide={slide} item={selectedText} />;
      case 'quiz':
        return (
          <InspectorSection key="quiz" section="quiz" title="Quiz">
            <div className="field switch-field">
              <button
                type="button"
                role="switch"
                id="quiz-reveal"
                aria-checked={reveal !== null}
                className="switch"
                onClick={() => {
                  if (reveal) revealStash.set(slide.id, reveal);
                  dispatch(commands.setQuizReveal, {
                    slideId: slide.id,
                    on: reveal === null,
                    restore: revealStash.get(slide.id),
                  });
                }}
              >
                <span className="switch-knob" aria-hidden="true" />
              </button>
              <label htmlFor="quiz-reveal">Quiz reveal</label>
            </div>
            {reveal ? (
              <>
                <p className="hint">
                  Photos appear one click at a time ({reveal.order.length} of {photoCount} in the reveal),
                  then the answer.
                </p>
                <label className="field">
                  <span>Question</span>
                  <textarea
                    rows={2}
                    value={reveal.question}
                    onBlur={() => deckStore.getState().breakMerge()}
                    onChange={(event) =>
                      dispatch(commands.setRevealQuestion, {
                        slideId: slide.id,
                        question: event.target.value,
                      })
                    }
                  />
                </label>
              </>
            ) : (
              <p className="hint">
                Turn on the quiz reveal to show this slide’s photos one click at a time, then the answer.
              </p>
            )}
          </InspectorSection>
        );
      case 'layout':
        return <LayoutGallery key={id} deck={deck} slide={slide} />;
      case 'revealOrder':
        return reveal && <RevealOrderPanel key={id} deck={deck} slide={slide} reveal={reveal} />;
      case 'revealStyle':
        return reveal && <RevealStylePanel key={id} slide={slide} reveal={reveal} />;
      case 'answer':
        return (
          reveal && (
            <InspectorSection key={id} section={id} title="Answer card">
              <AnswerPanel deck={deck} slide={slide} reveal={reveal} />
            </InspectorSection>
          )
        );
      case 'style':
        return <SlideStylePanel key={id} deck={deck} slide={slide} />;
      case 'presenting':
        return (
          <InspectorSection key={id} section={id} title="Presenting">
            <SpeakerNotes slide={slide} />
            <TransitionPicker slide={slide} />
          </InspectorSection>
        );
      case 'theme':
        return (
          <InspectorSection key={id} section={id} title="Deck theme">
            <ThemePicker deck={deck} />
          </InspectorSection>
        );
    }
  };

  return (
    <aside
      ref={aside}
      className="panel inspector"
      aria-label="Inspector"
      onFocus={() => {
        if (!kept) setKept(sections);
      }}
      onBlur={(event) => {
        if (!(event.relatedTarget instanceof Node && event.currentTarget.contains(event.relatedTarget)))
          setKept(null);
      }}
    >
      <h2>Slide {index + 1}</h2>
      {sections.map(section)}
      <div className="inspector-actions">
        <button
          type="button"
          className="danger"
          onClick={() => dispatch(commands.deleteSlide, { slideId: slide.id })}
        >
          Delete slide
        </button>
      </div>
    </aside>
  );
}
