// The one shape of anything that can fail without throwing: `ok`, then either what was made or the error as
// data (a kind and the facts behind it). The words for an error are made at the screen that shows it
// (src/words/), never where it was found: tldraw's parseTldrawJsonFile has the same shape.

export type Failure<E> = { readonly ok: false; readonly error: E };

export type Result<T extends object, E> = ({ readonly ok: true } & T) | Failure<E>;

export function failure<E>(error: E): Failure<E> {
  return { ok: false, error };
}
