// Screenshots of a Konva canvas for pixel checks in e2e tests.
import { expect, type Locator } from '@playwright/test';

export async function canvasShot(canvas: Locator): Promise<Buffer> {
  // Two frames' grace so Konva's batched draw has happened.
  await canvas
    .page()
    .evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  return canvas.screenshot();
}

/** Waits until the canvas shows (`equal`) or no longer shows the `expected` pixels. */
export async function expectCanvas(canvas: Locator, expected: Buffer, equal: boolean, message: string) {
  await expect.poll(async () => (await canvasShot(canvas)).equals(expected), { message }).toBe(equal);
}
