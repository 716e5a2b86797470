// Migration to schema 3: a slide's layout carries its collage style (corner radius, border), and a text
// item names one of the shipped fonts and whether it is bold. Old documents get the look they had.
export function addSlideStyleAndTextFont(doc: Record<string, unknown>): Record<string, unknown> {
  if (!Array.isArray(doc.slides)) return doc;
  const slides = doc.slides.map((slide: unknown) => {
    if (!isPlainRecord(slide)) return slide;
    const layout = isPlainRecord(slide.layout)
      ? { cornerRadius: 0, borderWidth: 0, borderColor: '#ffffff', ...slide.layout }
      : slide.layout;
    const items = Array.isArray(slide.items)
      ? slide.items.map((item: unknown) =>
          isPlainRecord(item) && item.kind === 'text' ? { font: 'sans', bold: false, ...item } : item,
        )
      : slide.items;
    return { ...slide, layout, items };
  });
  return { ...doc, slides };
}

function isPlainRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
