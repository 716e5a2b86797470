// Loads a view's photos a few at a time, in the order the view wants them: the ones it draws first come first,
// and a photo already loading is never loaded twice, however often the wanted list changes.
import type { PhotoImage } from './photoImages';

/** Enough to keep the browser's decoders busy, few enough that the first photos are not slowed by the rest. */
export const LOADS_AT_ONCE = 3;

type Load = (url: string) => Promise<PhotoImage | undefined>;
/** A photo arrived: its image, or null when it could not be loaded (a broken file stays an empty frame). */
type Loaded = (url: string, image: PhotoImage | null) => void;

export class PhotoLoadQueue {
  private waiting: string[] = [];
  private readonly loading = new Set<string>();
  private wanted: ReadonlySet<string> = new Set();
  private closed = false;

  constructor(
    private readonly load: Load,
    private readonly loaded: Loaded,
    private readonly atOnce = LOADS_AT_ONCE,
  ) {}

  /**
   * The photos wanted now, first needed first; `has` tells those the view already holds. A photo no longer
   * wanted that is still loading is closed when it arrives, unless it is wanted again by then.
   */
  want(urls: readonly string[], has: (url: string) => boolean): void {
    this.wanted = new Set(urls);
    this.waiting = urls.filter((url) => !has(url) && !this.loading.has(url));
    this.next();
  }

  /** Whether `url` is among the photos wanted now. */
  wants(url: string): boolean {
    return this.wanted.has(url);
  }

  /** Starts nothing more; what still arrives is closed. */
  close(): void {
    this.closed = true;
    this.waiting = [];
  }

  private next(): void {
    while (!this.closed && this.loading.size < this.atOnce) {
      const url = this.waiting.shift();
      if (url === undefined) return;
      this.loading.add(url);
      void this.load(url).then((image) => {
        this.loading.delete(url);
        if (!this.closed && this.wanted.has(url)) this.loaded(url, image ?? null);
        else if (image) releasePhotoImage(image);
        this.next();
      });
    }
  }
}

/** Frees a bitmap's pixels at once; an <img> is left to the browser. */
export function releasePhotoImage(image: PhotoImage): void {
  if ('close' in image) image.close();
}
