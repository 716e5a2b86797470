// Branded id types, so a SlideId can never be passed where a PhotoId is expected.
export type PhotoId = string & { readonly __brand: 'PhotoId' };
export type SlideId = string & { readonly __brand: 'SlideId' };
export type ItemId = string & { readonly __brand: 'ItemId' };
export type DeckId = string & { readonly __brand: 'DeckId' };

/** A random id: 16 hex characters from the platform's crypto source. */
export function newId<T extends SlideId | ItemId | DeckId>(): T {
  const bytes = new Uint8Array(8);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('') as T;
}
