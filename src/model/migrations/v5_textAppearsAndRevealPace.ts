// Migration to schema 5: texts say when they appear on a quiz slide (decks made before showed them from the
// start), and reveals say whether they continue on the next slide (none did) and how long a photo takes to
// come in (0.6 s, the new default: the old 0.4 s fade was over before a room noticed it).
export function addTextAppearsAndRevealPace(doc: Record<string, unknown>): Record<string, unknown> {
  if (!Array.isArray(doc.slides)) return doc;
  const slides = doc.slides.map((slide: unknown) => {
    if (!isPlainRecord(slide)) return slide;
    const items = Array.isArray(slide.items)
      ? slide.items.map((item: unknown) =>
          isPlainRecord(item) && item.kind === 'text' ? { appears: 'start', ...item } : item,
        )
      : slide.items;
    const reveal = isPlainRecord(slide.reveal)
      ? { continues: false, stepSeconds: 0.6, ...slide.reveal }
      : slide.reveal;
    return { ...slide, items, reveal };
  });
  return { ...doc, slides };
}

function isPlainRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
