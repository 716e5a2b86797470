// Which inspector sections fit the selection, in which order, and which start folded.
import { describe, expect, it } from 'vitest';
import {
  inspectorSections,
  isSectionFolded,
  keptOrder,
  type InspectorSectionId,
  type InspectorSelection,
} from '../../../src/editor/inspector/inspectorSections';
import { createSessionStore } from '../../../src/store/sessionStore';

const quizSlide: InspectorSelection = {
  photoCount: 6,
  hasReveal: true,
  revealedCount: 6,
  textSelected: false,
  photoSelected: false,
};

describe('inspectorSections', () => {
  it('puts the layout gallery right after the quiz, before the reveal order, and the rarely used last', () => {
    expect(inspectorSections(quizSlide)).toEqual([
      'quiz',
      'layout',
      'revealOrder',
      'answer',
      'revealStyle',
      'presenting',
      'style',
      'theme',
    ]);
  });

  it('leads with the selected text', () => {
    expect(inspectorSections({ ...quizSlide, textSelected: true })[0]).toBe('text');
  });

  it('brings the reveal order and the style up for selected photos', () => {
    expect(inspectorSections({ ...quizSlide, photoSelected: true }).slice(0, 3)).toEqual([
      'quiz',
      'revealOrder',
      'style',
    ]);
  });

  it('shows no layout, reveal order or reveal style on a slide without photos', () => {
    expect(inspectorSections({ ...quizSlide, photoCount: 0, revealedCount: 0, textSelected: true })).toEqual([
      'text',
      'quiz',
      'answer',
      'presenting',
      'style',
      'theme',
    ]);
    expect(inspectorSections({ ...quizSlide, hasReveal: false, revealedCount: 0 })).toEqual([
      'quiz',
      'layout',
      'presenting',
      'style',
      'theme',
    ]);
  });
});

describe('isSectionFolded', () => {
  it('starts the rarely used sections folded and keeps what the user chose in the session', () => {
    const session = createSessionStore();
    const folded = (id: InspectorSectionId) => isSectionFolded(id, session.getState().foldedSections);
    const openAtFirst: InspectorSectionId[] = ['text', 'quiz', 'layout', 'revealOrder', 'answer'];
    for (const id of openAtFirst) expect(folded(id)).toBe(false);
    expect(folded('presenting')).toBe(true);
    session.getState().foldSection('layout', true);
    session.getState().foldSection('presenting', false);
    session.getState().selectSlide(null);
    expect(folded('layout')).toBe(true);
    expect(folded('presenting')).toBe(false);
  });
});

describe('keptOrder', () => {
  const unselected = inspectorSections({ ...quizSlide, photoSelected: false });
  const photoPicked = inspectorSections({ ...quizSlide, photoSelected: true });

  it('keeps the order the sections had while a photo is selected from inside the inspector', () => {
    expect(photoPicked).not.toEqual(unselected);
    expect(keptOrder(unselected, photoPicked)).toEqual(unselected);
  });

  it('puts a section that has just come in at its place, and drops one that went', () => {
    const withText = inspectorSections({ ...quizSlide, photoSelected: true, textSelected: true });
    expect(keptOrder(unselected, withText)).toEqual(['text', ...unselected]);
    const noReveal = inspectorSections({ ...quizSlide, hasReveal: false, revealedCount: 0 });
    expect(keptOrder(unselected, noReveal)).toEqual(unselected.filter((id) => noReveal.includes(id)));
  });
});
