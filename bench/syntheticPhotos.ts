// Photo-like pictures drawn on the spot, for the benchmarks that need no real photos.

/** The editor's display rendition of a 3:2 photo. */
export const DISPLAY_LONG_EDGE = 2560;
export const DISPLAY_SHORT_EDGE = 1707;

/** A distinct photo-like picture (a gradient and a few soft discs), every fourth one upright. */
export function drawPhoto(index: number, count: number): OffscreenCanvas {
  const upright = index % 4 === 3;
  const width = upright ? DISPLAY_SHORT_EDGE : DISPLAY_LONG_EDGE;
  const height = upright ? DISPLAY_LONG_EDGE : DISPLAY_SHORT_EDGE;
  const canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2D canvas context');
  const hue = (index * 360) / count;
  const gradient = context.createLinearGradient(0, 0, width, height);
  gradient.addColorStop(0, `hsl(${hue} 70% 35%)`);
  gradient.addColorStop(1, `hsl(${(hue + 90) % 360} 60% 65%)`);
  context.fillStyle = gradient;
  context.fillRect(0, 0, width, height);
  for (let disc = 0; disc < 12; disc += 1) {
    const x = ((index * 977 + disc * 613) % 100) / 100;
    const y = ((index * 331 + disc * 787) % 100) / 100;
    context.fillStyle = `hsl(${(hue + disc * 29) % 360} 80% ${30 + (disc % 5) * 10}% / 0.6)`;
    context.beginPath();
    context.arc(x * width, y * height, (0.04 + (disc % 4) * 0.03) * width, 0, Math.PI * 2);
    context.fill();
  }
  return canvas;
}

export async function scaledJpeg(source: OffscreenCanvas, longEdge: number): Promise<Blob> {
  const scale = longEdge / Math.max(source.width, source.height);
  const canvas = new OffscreenCanvas(Math.round(source.width * scale), Math.round(source.height * scale));
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2D canvas context');
  context.drawImage(source, 0, 0, canvas.width, canvas.height);
  return canvas.convertToBlob({ type: 'image/jpeg', quality: 0.85 });
}
