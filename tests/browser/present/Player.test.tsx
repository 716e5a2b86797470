// The player in real Chromium: keys, clicks, black and white screen, status line and the canvas at each step.
import Konva from 'konva';
import { act } from 'react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { Deck, PhotoMeta } from '../../../src/model/deck';
import { Player } from '../../../src/present/Player';
import {
  ACCENT,
  BACKGROUND,
  BLUE,
  CELLS,
  GREEN,
  RED,
  centreOf,
  deckOf,
  dimmed,
  isNear,
  layerPixels,
  mount,
  photoItem,
  photoMeta,
  photoUrl,
  slideColourAt,
  slideOf,
  solid,
  stageIn,
  useRenderingCleanup,
  whileLoading,
  type Point,
  type Rgb,
} from '../slide/slideTestKit';

/** The player fills this box: a 16:9 slide fits it exactly, a third of a slide unit per pixel. */
const BOX = { width: 640, height: 360 };
const SCALE = BOX.width / 1920;

const red = photoMeta('a', 90, 90);
const blue = photoMeta('b', 90, 90);
const green = photoMeta('c', 90, 90);
const urls = new Map<string, string>();

beforeAll(async () => {
  urls.set(red.id, await photoUrl(90, 90, solid(RED)));
  urls.set(blue.id, await photoUrl(90, 90, solid(BLUE)));
  urls.set(green.id, await photoUrl(90, 90, solid(GREEN)));
});

/** Slide 1: a reveal of a red and a blue photo (4 steps). Slide 2: a green photo, no reveal (1 step). */
function twoSlideDeck(): Deck {
  const first = photoItem(red, CELLS[0]!, 'item-red');
  const second = photoItem(blue, CELLS[1]!, 'item-blue');
  return deckOf(
    [red, blue, green],
    [slideOf([first, second], [first, second]), slideOf([photoItem(green, CELLS[2]!, 'item-green')])],
  );
}

const photoUrlOf = (photo: PhotoMeta) => urls.get(photo.id);

async function renderPlayer(deck: Deck = twoSlideDeck(), onExit?: () => void) {
  // A transform makes the box the containing block of the player's position: fixed root.
  const { container, unmount } = await mount(<Player deck={deck} photoUrl={photoUrlOf} onExit={onExit} />, {
    width: `${BOX.width}px`,
    height: `${BOX.height}px`,
    position: 'relative',
    transform: 'translateZ(0)',
  });
  const player = container.querySelector<HTMLElement>('[data-player]');
  if (!player) throw new Error('no player root');
  return {
    container,
    player,
    unmount,
    position: () => [Number(player.dataset.slide), Number(player.dataset.step)],
    status: () => player.querySelector('[role="status"]')?.textContent,
    blank: () => player.querySelector<HTMLElement>('[data-blank]'),
    colourAt: (point: Point) => slideColourAt(stageIn(container), SCALE, point),
    pixels: () => layerPixels(stageIn(container)),
  };
}

async function press(
  key: string,
  modifiers: Partial<Pick<KeyboardEvent, 'ctrlKey' | 'metaKey' | 'altKey'>> = {},
) {
  await act(async () => {
    window.dispatchEvent(
      new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...modifiers }),
    );
  });
}

/** A real mouse click (through Playwright), at the middle of the element. */
async function click(element: HTMLElement) {
  await act(async () => {
    await userEvent.click(element);
  });
}

/** Waits (photos decode asynchronously) until `read` gives `expected`, for up to five seconds. */
async function until(read: () => unknown, expected: unknown) {
  await whileLoading(() => expect.poll(read, { timeout: 5000, interval: 20 }).toEqual(expected));
}

const cell = CELLS.map(centreOf);
/** Near the top of each cell: clear of the question text, which is centred on the slide. */
const cellTop = CELLS.map((rect) => ({ x: rect.x + rect.width / 2, y: rect.y + 30 }));

describe('Player', () => {
  useRenderingCleanup();

  it('starts on the question of the first slide, fitted to its box', async () => {
    const view = await renderPlayer();
    expect(view.position()).toEqual([1, 0]);
    expect(view.status()).toBe('Slide 1 of 2, question');
    const canvas = view.container.querySelector('canvas');
    expect(canvas?.getBoundingClientRect().width).toBeCloseTo(BOX.width, 0);
    expect(canvas?.getBoundingClientRect().height).toBeCloseTo(BOX.height, 0);
  });

  it('steps through the reveal and on to the next slide, and the canvas changes at every step', async () => {
    const view = await renderPlayer();
    // Each step names the key that takes the player there and a colour only that step shows.
    const steps: ReadonlyArray<{
      key: string;
      position: number[];
      status: string;
      point: Point;
      colour: Rgb;
    }> = [
      {
        key: 'ArrowRight',
        position: [1, 1],
        status: 'Slide 1 of 2, photo 1 of 2',
        point: cell[0]!,
        colour: RED,
      },
      {
        key: 'ArrowDown',
        position: [1, 2],
        status: 'Slide 1 of 2, photo 2 of 2',
        point: cell[1]!,
        colour: BLUE,
      },
      {
        key: 'PageDown',
        position: [1, 3],
        status: 'Slide 1 of 2, answer',
        point: { x: 960, y: 410 },
        colour: ACCENT,
      },
      { key: ' ', position: [2, 0], status: 'Slide 2 of 2', point: cell[2]!, colour: GREEN },
    ];
    // The question is drawn first: the slide background where the photos will be.
    await until(() => view.colourAt(cellTop[0]!), BACKGROUND);
    let before = view.pixels();
    for (const step of steps) {
      await press(step.key);
      expect(view.position(), `after ${JSON.stringify(step.key)}`).toEqual(step.position);
      expect(view.status()).toBe(step.status);
      // Photos decode asynchronously; the step is drawn once its colour shows.
      await until(() => view.colourAt(step.point), step.colour);
      const after = view.pixels();
      expect(after, `the canvas did not change at ${step.status}`).not.toEqual(before);
      before = after;
    }
    // Past the very end nothing moves.
    await press('Enter');
    expect(view.position()).toEqual([2, 0]);
    expect(view.status()).toBe('Slide 2 of 2');
  });

  it('keeps earlier photos shown as later ones appear', async () => {
    const view = await renderPlayer();
    await press('ArrowRight');
    await press('ArrowRight');
    await until(() => view.colourAt(cell[1]!), BLUE);
    expect(view.colourAt(cell[0]!)).toEqual(RED);
  });

  it('goes back step by step with ← PageUp Backspace ↑, across slides, and stops at the start', async () => {
    const view = await renderPlayer();
    await press('End');
    expect(view.position()).toEqual([2, 0]);
    expect(view.status()).toBe('Slide 2 of 2');
    const back = [
      { key: 'ArrowLeft', position: [1, 3], status: 'Slide 1 of 2, answer' },
      { key: 'PageUp', position: [1, 2], status: 'Slide 1 of 2, photo 2 of 2' },
      { key: 'Backspace', position: [1, 1], status: 'Slide 1 of 2, photo 1 of 2' },
      { key: 'ArrowUp', position: [1, 0], status: 'Slide 1 of 2, question' },
      { key: 'ArrowLeft', position: [1, 0], status: 'Slide 1 of 2, question' },
    ];
    for (const step of back) {
      await press(step.key);
      expect(view.position(), `after ${step.key}`).toEqual(step.position);
      expect(view.status()).toBe(step.status);
    }
  });

  it('jumps to the end with End and back to the start with Home, redrawing each time', async () => {
    const view = await renderPlayer();
    await press('ArrowRight');
    await until(() => view.colourAt(cell[0]!), RED);
    await press('End');
    expect(view.position()).toEqual([2, 0]);
    await until(() => view.colourAt(cell[2]!), GREEN);
    expect(view.colourAt(cell[0]!)).toEqual(BACKGROUND);
    await press('Home');
    expect(view.position()).toEqual([1, 0]);
    expect(view.status()).toBe('Slide 1 of 2, question');
    // Back on the question, the photo already revealed once is hidden again.
    await until(() => view.colourAt(cellTop[2]!), BACKGROUND);
    expect(view.colourAt(cellTop[0]!)).toEqual(BACKGROUND);
  });

  it('advances with Space, Enter and a left click', async () => {
    const view = await renderPlayer();
    await press(' ');
    expect(view.position()).toEqual([1, 1]);
    await press('Enter');
    expect(view.position()).toEqual([1, 2]);
    await click(view.player);
    expect(view.position()).toEqual([1, 3]);
    await click(view.player);
    expect(view.position()).toEqual([2, 0]);
  });

  it.each(['b', 'B', '.'])('%j blacks the screen; the next key only brings the slide back', async (key) => {
    const view = await renderPlayer();
    await press('ArrowRight');
    await press(key);
    const blank = view.blank();
    expect(blank?.dataset.blank).toBe('black');
    expect(getComputedStyle(blank!).backgroundColor).toBe('rgb(0, 0, 0)');
    // It covers the slide: what is under the middle of the player is the blank screen.
    const box = view.player.getBoundingClientRect();
    expect(document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2)).toBe(blank);
    expect(view.position()).toEqual([1, 1]);

    await press('ArrowRight');
    expect(view.blank()).toBeNull();
    expect(view.position()).toEqual([1, 1]);
    await press('ArrowRight');
    expect(view.position()).toEqual([1, 2]);
  });

  it.each(['w', 'W', ','])('%j whitens the screen; going back only brings the slide back', async (key) => {
    const view = await renderPlayer();
    await press('ArrowRight');
    await press(key);
    const blank = view.blank();
    expect(blank?.dataset.blank).toBe('white');
    expect(getComputedStyle(blank!).backgroundColor).toBe('rgb(255, 255, 255)');

    await press('ArrowLeft');
    expect(view.blank()).toBeNull();
    expect(view.position()).toEqual([1, 1]);
  });

  it('switches between black and white, and the same key again un-blanks', async () => {
    const view = await renderPlayer();
    await press('b');
    await press('w');
    expect(view.blank()?.dataset.blank).toBe('white');
    await press('w');
    expect(view.blank()).toBeNull();
    expect(view.position()).toEqual([1, 0]);
  });

  it('a click on a blank screen brings the slide back without moving on', async () => {
    const view = await renderPlayer();
    await press('b');
    await click(view.player);
    expect(view.blank()).toBeNull();
    expect(view.position()).toEqual([1, 0]);
  });

  it('Esc calls onExit and moves nowhere', async () => {
    const onExit = vi.fn();
    const view = await renderPlayer(twoSlideDeck(), onExit);
    await press('Escape');
    expect(onExit).toHaveBeenCalledTimes(1);
    expect(view.position()).toEqual([1, 0]);
  });

  it('F asks for full screen and moves nowhere', async () => {
    const view = await renderPlayer();
    await press('f');
    // A synthetic key is no user gesture, so the browser refuses; the player must shrug that off.
    expect(view.position()).toEqual([1, 0]);
    expect(view.blank()).toBeNull();
  });

  it.each([
    ['Ctrl', { ctrlKey: true }],
    ['Meta', { metaKey: true }],
    ['Alt', { altKey: true }],
  ] as const)('ignores keys pressed with %s held', async (_label, modifiers) => {
    const onExit = vi.fn();
    const view = await renderPlayer(twoSlideDeck(), onExit);
    for (const key of ['ArrowRight', ' ', 'End', 'b', 'w', 'Escape']) await press(key, modifiers);
    expect(view.position()).toEqual([1, 0]);
    expect(view.blank()).toBeNull();
    expect(onExit).not.toHaveBeenCalled();
  });

  it('stops listening to keys once unmounted', async () => {
    const onExit = vi.fn();
    const view = await renderPlayer(twoSlideDeck(), onExit);
    await view.unmount();
    expect(Konva.stages.some((stage) => view.container.contains(stage.container()))).toBe(false);
    await press('Escape');
    expect(onExit).not.toHaveBeenCalled();
  });

  it('dims the photos behind the answer card', async () => {
    const view = await renderPlayer();
    await press('End');
    await press('ArrowLeft');
    expect(view.status()).toBe('Slide 1 of 2, answer');
    const aboveCard = { x: cell[0]!.x, y: CELLS[0]!.y + 40 };
    await until(() => isNear(view.colourAt(aboveCard), dimmed(RED)), true);
  });
});
