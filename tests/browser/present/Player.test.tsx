// The player in real Chromium: keys, clicks, swipes, black and white screen, slide numbers, the overview, the
// resting cursor, reduced motion, the status line and the canvas at each step.
import Konva from 'konva';
import { act } from 'react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { cdp, userEvent } from 'vitest/browser';
import type { Deck, PhotoMeta } from '../../../src/model/deck';
import { Player, PRESENTER_BLOCKED_NOTICE } from '../../../src/present/Player';
import { useReducedMotion } from '../../../src/present/useReducedMotion';
import {
  BACKGROUND,
  BLUE,
  CELLS,
  GREEN,
  RED,
  centreOf,
  deckOf,
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
  throughCard,
  useRenderingCleanup,
  veiled,
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
    colourAt: (point: Point) => slideColourAt(stageIn(stageBoxOf(player)), SCALE, point),
    pixels: () => layerPixels(stageIn(stageBoxOf(player))),
    /** The discreet line shown (and announced) while a slide number is typed. */
    notice: () =>
      [...player.querySelectorAll('[aria-live="polite"]')].find((region) => !region.matches('[role]'))
        ?.textContent ?? '',
    overview: () => player.querySelector<HTMLElement>('[role="dialog"][aria-label="Slide overview"]'),
    /** Waits until every photo the next or previous step may draw is decoded. */
    ready: () => until(() => stageBoxOf(player).getAttribute('aria-busy'), 'false'),
  };
}

/** The box the slide is drawn in (the player's stage, apart from the overview's thumbnails). */
function stageBoxOf(player: HTMLElement): HTMLElement {
  const box = player.querySelector<HTMLElement>('[aria-busy]');
  if (!box) throw new Error('no stage box');
  return box;
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
        // Once the answer has come in: the card over the veiled blue photo.
        point: { x: 960, y: 410 },
        colour: throughCard(veiled(BLUE)),
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
      await until(() => isNear(view.colourAt(step.point), step.colour), true);
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

  it('P says so when the browser blocks the presenter window, and the show goes on', async () => {
    const open = vi.spyOn(window, 'open').mockReturnValue(null);
    try {
      const view = await renderPlayer();
      await press('p');
      expect(open).toHaveBeenCalledTimes(1);
      const alert = view.container.querySelector('[role="alert"]');
      expect(alert?.textContent).toBe(PRESENTER_BLOCKED_NOTICE);
      await press('ArrowRight');
      expect(view.position()).toEqual([1, 1]);
    } finally {
      open.mockRestore();
    }
  });

  it('stops listening to keys once unmounted', async () => {
    const onExit = vi.fn();
    const view = await renderPlayer(twoSlideDeck(), onExit);
    await view.unmount();
    expect(Konva.stages.some((stage) => view.container.contains(stage.container()))).toBe(false);
    await press('Escape');
    expect(onExit).not.toHaveBeenCalled();
  });

  it('veils the photos behind the answer card', async () => {
    const view = await renderPlayer();
    await press('End');
    await press('ArrowLeft');
    expect(view.status()).toBe('Slide 1 of 2, answer');
    const aboveCard = { x: cell[0]!.x, y: CELLS[0]!.y + 40 };
    await until(() => isNear(view.colourAt(aboveCard), veiled(RED)), true);
  });

  /** Slides 1 to 11: a green photo each. Slide 12: the reveal of a red and a blue photo. */
  function twelveSlideDeck(): Deck {
    const plain = Array.from({ length: 11 }, (_, index) =>
      slideOf([photoItem(green, CELLS[2]!, `item-green-${index}`)]),
    );
    const first = photoItem(red, CELLS[0]!, 'item-red');
    const second = photoItem(blue, CELLS[1]!, 'item-blue');
    return deckOf([red, blue, green], [...plain, slideOf([first, second], [first, second])]);
  }

  async function typeKeys(...keys: string[]) {
    for (const key of keys) await press(key);
  }

  /** One animation frame: Konva draws a change on the frame after it, so this is when a step must be on screen. */
  function nextFrame(): Promise<void> {
    return new Promise((resolve) => requestAnimationFrame(() => resolve()));
  }

  /** Asks Chromium to report the system's reduced-motion setting as `value`, for the whole page. */
  async function emulateReducedMotion(value: 'reduce' | 'no-preference') {
    await cdp().send('Emulation.setEmulatedMedia', {
      features: [{ name: 'prefers-reduced-motion', value }],
    });
  }

  describe('jumping to a slide by its number', () => {
    it('"1", "2", Enter goes to the question of slide 12, showing the number while it is typed', async () => {
      const view = await renderPlayer(twelveSlideDeck());
      await typeKeys('1', '2');
      expect(view.notice()).toBe('Go to slide 12');
      expect(view.position()).toEqual([1, 0]);
      await press('Enter');
      expect(view.position()).toEqual([12, 0]);
      expect(view.status()).toBe('Slide 12 of 12, question');
      expect(view.notice()).toBe('');
    });

    it('Enter with no number typed is still "next"', async () => {
      const view = await renderPlayer(twelveSlideDeck());
      await press('Enter');
      expect(view.position()).toEqual([2, 0]);
    });

    it('a number past the last slide moves nowhere and says so', async () => {
      const view = await renderPlayer(twelveSlideDeck());
      await press('ArrowRight');
      await typeKeys('9', '9', 'Enter');
      expect(view.position()).toEqual([2, 0]);
      expect(view.notice()).toBe('No slide 99: the last is 12');
      // The note does not hold the next key: Enter is "next" again.
      await press('Enter');
      expect(view.position()).toEqual([3, 0]);
    });

    it('Esc forgets the typed number without leaving the show; Backspace takes back a digit', async () => {
      const onExit = vi.fn();
      const view = await renderPlayer(twelveSlideDeck(), onExit);
      await typeKeys('4', 'Escape');
      expect(view.notice()).toBe('');
      expect(onExit).not.toHaveBeenCalled();
      await press('Enter');
      expect(view.position()).toEqual([2, 0]);
      await typeKeys('1', '1', 'Backspace');
      expect(view.notice()).toBe('Go to slide 1');
      expect(view.position()).toEqual([2, 0]);
      await press('Enter');
      expect(view.position()).toEqual([1, 0]);
    });

    it('a pause of about three seconds forgets the typed number', async () => {
      const view = await renderPlayer(twelveSlideDeck());
      await typeKeys('5');
      const typedAt = performance.now();
      expect(view.notice()).toBe('Go to slide 5');
      await until(() => view.notice(), '');
      expect(performance.now() - typedAt).toBeGreaterThan(2800);
      await press('Enter');
      expect(view.position()).toEqual([2, 0]);
    });

    it('another player key drops the typed number and does its own job', async () => {
      const view = await renderPlayer(twelveSlideDeck());
      await typeKeys('7', 'PageDown');
      expect(view.notice()).toBe('');
      expect(view.position()).toEqual([2, 0]);
    });
  });

  describe('the start hint', () => {
    const hint = (player: HTMLElement) => player.querySelector<HTMLElement>('[data-start-hint]')!;

    it('says how to start on the first screen, and goes once the show moves (not coming back)', async () => {
      const { container, unmount } = await mount(
        <Player deck={twoSlideDeck()} photoUrl={photoUrlOf} startHint />,
        { width: `${BOX.width}px`, height: `${BOX.height}px`, position: 'relative' },
      );
      const player = container.querySelector<HTMLElement>('[data-player]')!;
      expect(hint(player).textContent).toBe('Press → or click to start');
      expect(getComputedStyle(hint(player)).visibility).toBe('visible');
      expect(getComputedStyle(hint(player)).opacity).toBe('1');
      await press('ArrowRight');
      expect(hint(player).style.opacity).toBe('0');
      await press('ArrowLeft');
      expect(hint(player).style.opacity).toBe('0');
      unmount();
    });

    it('is not shown where it is not asked for (present mode in the editor)', async () => {
      const view = await renderPlayer();
      expect(hint(view.player).style.opacity).toBe('0');
    });
  });

  describe('the overview', () => {
    function thumbnails(overview: HTMLElement): HTMLButtonElement[] {
      return [...overview.querySelectorAll('button')];
    }

    it('O opens a grid of every slide, the current one marked and focused, drawn at the question', async () => {
      const view = await renderPlayer();
      await press('End');
      await press('o');
      const overview = view.overview();
      expect(overview).not.toBeNull();
      expect(overview?.getAttribute('aria-modal')).toBe('true');
      const buttons = thumbnails(overview!);
      expect(buttons.map((button) => button.getAttribute('aria-label'))).toEqual(['Slide 1', 'Slide 2']);
      expect(buttons.map((button) => button.getAttribute('aria-current'))).toEqual([null, 'true']);
      expect(document.activeElement).toBe(buttons[1]);
      // Slide 2's thumbnail shows its green photo; slide 1's shows its question, giving no photo away.
      const thumbnailScale = buttons[1]!.querySelector('canvas')!.getBoundingClientRect().width / 1920;
      const thumbnailColour = (button: HTMLButtonElement, point: Point) =>
        slideColourAt(stageIn(button), thumbnailScale, point);
      await until(() => thumbnailColour(buttons[1]!, cell[2]!), GREEN);
      expect(thumbnailColour(buttons[0]!, cellTop[0]!)).toEqual(BACKGROUND);
      expect(thumbnailColour(buttons[0]!, cellTop[1]!)).toEqual(BACKGROUND);
    });

    it('covers the slides after an answer still to come, and draws them once the show is past it', async () => {
      const view = await renderPlayer();
      await press('ArrowRight');
      await press('o');
      const before = thumbnails(view.overview()!);
      expect(before.map((button) => button.querySelector('[data-after-answer]') !== null)).toEqual([
        false,
        true,
      ]);
      expect(before[1]!.querySelector('canvas')).toBeNull();
      // Still a way to go there, by its number.
      expect(before[1]!.getAttribute('aria-label')).toBe('Slide 2');
      await press('Escape');
      await press('End');
      await press('o');
      const after = thumbnails(view.overview()!);
      expect(after.map((button) => button.querySelector('[data-after-answer]') !== null)).toEqual([
        false,
        false,
      ]);
    });

    it('keeps the show where it is while open; arrows move the focus, Enter goes to that slide', async () => {
      const view = await renderPlayer();
      await press('ArrowRight');
      await press('O');
      for (const key of ['PageDown', 'PageUp', 'b', 'w', 'Backspace', '2']) await press(key);
      expect(view.position()).toEqual([1, 1]);
      expect(view.blank()).toBeNull();
      const buttons = thumbnails(view.overview()!);
      expect(document.activeElement).toBe(buttons[0]);
      await press('ArrowRight');
      expect(document.activeElement).toBe(buttons[1]);
      await press('ArrowLeft');
      await press('ArrowRight');
      await press('Enter');
      expect(view.overview()).toBeNull();
      expect(view.position()).toEqual([2, 0]);
      expect(view.status()).toBe('Slide 2 of 2');
    });

    it('a click on a thumbnail goes to the start of that slide, and only there', async () => {
      const view = await renderPlayer();
      await press('End');
      await press('o');
      await click(thumbnails(view.overview()!)[0]!);
      expect(view.overview()).toBeNull();
      expect(view.position()).toEqual([1, 0]);
      expect(view.status()).toBe('Slide 1 of 2, question');
    });

    it.each(['Escape', 'o', 'O'])('%j closes it without moving or leaving the show', async (key) => {
      const onExit = vi.fn();
      const view = await renderPlayer(twoSlideDeck(), onExit);
      await press('ArrowRight');
      await press('o');
      await press('ArrowRight');
      await press(key);
      expect(view.overview()).toBeNull();
      expect(view.position()).toEqual([1, 1]);
      expect(onExit).not.toHaveBeenCalled();
      // The player's keys work again.
      await press('ArrowRight');
      expect(view.position()).toEqual([1, 2]);
    });

    it('shows a thumbnail for each of 60 slides', async () => {
      const slides = Array.from({ length: 60 }, (_, index) =>
        slideOf([photoItem([red, blue, green][index % 3]!, CELLS[index % 3]!, `item-${index}`)]),
      );
      const view = await renderPlayer(deckOf([red, blue, green], slides));
      await press('o');
      const buttons = thumbnails(view.overview()!);
      expect(buttons).toHaveLength(60);
      expect(buttons[59]?.getAttribute('aria-label')).toBe('Slide 60');
      await press('End');
      expect(document.activeElement).toBe(buttons[59]);
      await press('Enter');
      expect(view.position()).toEqual([60, 0]);
    });
  });

  describe('pointer, touch and motion', () => {
    it('hides the mouse pointer after three seconds at rest and shows it again when the mouse moves', async () => {
      const mountedAt = performance.now();
      const view = await renderPlayer();
      expect(view.player.style.cursor).toBe('');
      await until(() => view.player.style.cursor, 'none');
      expect(performance.now() - mountedAt).toBeGreaterThan(2800);
      await act(async () => {
        await userEvent.hover(view.player, { position: { x: 20, y: 20 } });
        await userEvent.hover(view.player, { position: { x: 60, y: 40 } });
      });
      expect(view.player.style.cursor).toBe('');
    });

    function touch(target: HTMLElement, type: string, x: number, y: number, pointerType = 'touch') {
      target.dispatchEvent(
        new PointerEvent(type, {
          pointerType,
          pointerId: 7,
          isPrimary: true,
          clientX: x,
          clientY: y,
          bubbles: true,
          cancelable: true,
        }),
      );
    }

    async function swipe(target: HTMLElement, dx: number, dy: number, pointerType = 'touch') {
      const box = target.getBoundingClientRect();
      const from = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
      await act(async () => {
        touch(target, 'pointerdown', from.x, from.y, pointerType);
        touch(target, 'pointermove', from.x + dx / 2, from.y + dy / 2, pointerType);
        touch(target, 'pointerup', from.x + dx, from.y + dy, pointerType);
      });
    }

    it('a swipe left on a touch screen is "next", a swipe right "previous"', async () => {
      const view = await renderPlayer();
      await swipe(view.player, -120, 8);
      expect(view.position()).toEqual([1, 1]);
      await swipe(view.player, -120, -8);
      expect(view.position()).toEqual([1, 2]);
      await swipe(view.player, 150, 0);
      expect(view.position()).toEqual([1, 1]);
    });

    it('a short or mostly vertical touch movement, or a mouse drag, moves nothing', async () => {
      const view = await renderPlayer();
      await swipe(view.player, -30, 0);
      await swipe(view.player, -80, 120);
      await swipe(view.player, -150, 0, 'mouse');
      expect(view.position()).toEqual([1, 0]);
    });

    it('follows the system reduced-motion setting live', async () => {
      function MotionProbe() {
        return <output>{useReducedMotion()}</output>;
      }
      const { container } = await mount(<MotionProbe />);
      const shown = () => container.querySelector('output')?.textContent;
      try {
        await emulateReducedMotion('no-preference');
        await until(shown, 'full');
        await emulateReducedMotion('reduce');
        await until(shown, 'reduced');
        await emulateReducedMotion('no-preference');
        await until(shown, 'full');
      } finally {
        await emulateReducedMotion('no-preference');
      }
    });

    it('with reduced motion, a photo revealed with "fade" is fully there on the very next frame', async () => {
      const deck = twoSlideDeck();
      const slide = deck.slides[0]!;
      const fading: Deck = {
        ...deck,
        slides: [{ ...slide, reveal: { ...slide.reveal!, style: 'fade' } }, deck.slides[1]!],
      };
      await emulateReducedMotion('reduce');
      try {
        const view = await renderPlayer(fading);
        await view.ready();
        await press('ArrowRight');
        await nextFrame();
        expect(view.colourAt(cell[0]!)).toEqual(RED);
      } finally {
        await emulateReducedMotion('no-preference');
      }
    });

    it('photos the next steps need are decoded ahead: each one is drawn on the very next frame', async () => {
      const view = await renderPlayer();
      await view.ready();
      // The answer card may animate in; the photos ('appear') and a slide without a transition may not wait.
      const steps = [
        { point: cell[0]!, colour: RED },
        { point: cell[1]!, colour: BLUE },
        null,
        { point: cell[2]!, colour: GREEN },
      ];
      for (const [index, step] of steps.entries()) {
        await press('PageDown');
        await nextFrame();
        if (step) expect(view.colourAt(step.point), `step ${index + 1}`).toEqual(step.colour);
      }
      expect(view.position()).toEqual([2, 0]);
    });
  });
});
