// Colour maths for readable slides: #rrggbb parsing, laying a translucent colour over another, WCAG contrast.

export type Rgb = readonly [number, number, number];

/** The channels of a #rgb or #rrggbb colour, or null for any other CSS colour. */
export function parseHexColour(colour: string): Rgb | null {
  const long = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(colour.trim());
  if (long) return [parseInt(long[1]!, 16), parseInt(long[2]!, 16), parseInt(long[3]!, 16)];
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(colour.trim());
  if (short)
    return [
      parseInt(short[1]!.repeat(2), 16),
      parseInt(short[2]!.repeat(2), 16),
      parseInt(short[3]!.repeat(2), 16),
    ];
  return null;
}

/** What the eye sees where `top` is painted at `opacity` over `under`. */
export function over(top: Rgb, opacity: number, under: Rgb): Rgb {
  const mix = (a: number, b: number) => a * opacity + b * (1 - opacity);
  return [mix(top[0], under[0]), mix(top[1], under[1]), mix(top[2], under[2])];
}

/** WCAG 2 relative luminance. */
export function luminance([r, g, b]: Rgb): number {
  const linear = (channel: number) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** WCAG 2 contrast ratio, 1 (none) to 21 (black on white); 4.5 is the least for body text. */
export function contrastRatio(a: Rgb, b: Rgb): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}
