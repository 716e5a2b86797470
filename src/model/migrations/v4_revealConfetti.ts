// Migration to schema 4: a quiz reveal says whether confetti greets its answer (decks made before had it on).
// Schema 4 also adds the 'spotlight' reveal style and an optional clue per photo, which need no change here.
export function addRevealConfetti(doc: Record<string, unknown>): Record<string, unknown> {
  if (!Array.isArray(doc.slides)) return doc;
  const slides = doc.slides.map((slide: unknown) => {
    if (!isPlainRecord(slide) || !isPlainRecord(slide.reveal)) return slide;
    return { ...slide, reveal: { confetti: true, ...slide.reveal } };
  });
  return { ...doc, slides };
}

function isPlainRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
