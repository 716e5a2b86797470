// Which inspector sections fit the selection, in the order they are most used for it, and which start folded.

/** The inspector's sections, each named after what it sets. */
export type InspectorSectionId =
  'text' | 'quiz' | 'layout' | 'revealOrder' | 'revealStyle' | 'answer' | 'style' | 'presenting' | 'theme';

/** What the inspector knows of the slide and the selection on it. */
export type InspectorSelection = {
  /** Photo items on the slide. */
  readonly photoCount: number;
  readonly hasReveal: boolean;
  /** Photos in the reveal's order. */
  readonly revealedCount: number;
  /** One text item is selected (its panel is for one caption at a time). */
  readonly textSelected: boolean;
  /** At least one photo item is selected. */
  readonly photoSelected: boolean;
};

/**
 * The sections the inspector shows, first to last. Only sections that change something on this slide are
 * shown: no layout or reveal order without photos, no reveal style without photos in the reveal. The selected
 * text's panel leads; selected photos bring their reveal row and the collage style up; then the most used.
 */
export function inspectorSections(selection: InspectorSelection): readonly InspectorSectionId[] {
  const { photoCount, hasReveal, revealedCount, textSelected, photoSelected } = selection;
  const shown = (id: InspectorSectionId): boolean => {
    switch (id) {
      case 'text':
        return textSelected;
      case 'layout':
        return photoCount > 0;
      case 'revealOrder':
        return hasReveal && (photoCount > 0 || revealedCount > 0);
      case 'revealStyle':
        return hasReveal && revealedCount > 0;
      case 'answer':
        return hasReveal;
      default:
        return true;
    }
  };
  const order: readonly InspectorSectionId[] = photoSelected
    ? ['text', 'quiz', 'revealOrder', 'style', 'layout', 'answer', 'revealStyle', 'presenting', 'theme']
    : ['text', 'quiz', 'layout', 'revealOrder', 'answer', 'revealStyle', 'presenting', 'style', 'theme'];
  return order.filter(shown);
}

/**
 * The sections that fit now (`now`), those already shown in the order they had (`kept`); a section that has just
 * come (the text panel of a caption just added) takes its place in `now`. The inspector keeps its order so
 * while the person works in it.
 */
export function keptOrder(
  kept: readonly InspectorSectionId[],
  now: readonly InspectorSectionId[],
): InspectorSectionId[] {
  const place = (id: InspectorSectionId) => kept.indexOf(id);
  const order = now.filter((id) => place(id) >= 0).sort((a, b) => place(a) - place(b));
  now.forEach((id, at) => {
    if (place(id) < 0) order.splice(at, 0, id);
  });
  return order;
}

/** Sections set now and then, folded until opened, so the inspector opens on what is set on every slide. */
const FOLDED_AT_FIRST: ReadonlySet<InspectorSectionId> = new Set([
  'revealStyle',
  'style',
  'presenting',
  'theme',
]);

/** Whether a section is folded: as the user last left it in this session, else as it starts. */
export function isSectionFolded(
  id: InspectorSectionId,
  folded: Readonly<Partial<Record<InspectorSectionId, boolean>>>,
): boolean {
  return folded[id] ?? FOLDED_AT_FIRST.has(id);
}
