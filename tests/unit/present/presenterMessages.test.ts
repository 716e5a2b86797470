// The presenter link's messages: what each window accepts, and that anything else (foreign, malformed, a bad deck) is refused.
import { describe, expect, it } from 'vitest';
import {
  PRESENTER_APP,
  readPresenterMessage,
  readShowMessage,
  wireMessage,
} from '../../../src/present/presenter/presenterMessages';
import { imageBytes, testDeck, testPhoto } from '../bundle/bundleTestDeck';

const photo = testPhoto('a.jpg', 'image/jpeg', imageBytes('image/jpeg', 1));
const deck = testDeck([photo]);
const photoUrls = { [photo.meta.id]: 'blob:http://127.0.0.1:4173/5f0c2a9e-1111-4e4e-9999-000000000001' };

describe('messages from the presenter window, as the show reads them', () => {
  it('accepts hello and every show action', () => {
    for (const following of [true, false]) {
      expect(readPresenterMessage(wireMessage({ kind: 'hello', following }))).toEqual({
        kind: 'hello',
        following,
      });
    }
    for (const type of ['next', 'previous', 'first', 'last', 'black', 'white'] as const) {
      expect(readPresenterMessage(wireMessage({ kind: 'perform', action: { type } }))).toEqual({
        kind: 'perform',
        action: { type },
      });
    }
    const go = wireMessage({ kind: 'perform', action: { type: 'go', position: { slide: 1, step: 2 } } });
    expect(readPresenterMessage(go)).toEqual({
      kind: 'perform',
      action: { type: 'go', position: { slide: 1, step: 2 } },
    });
  });

  it('refuses foreign and malformed messages', () => {
    const refused: unknown[] = [
      null,
      'next',
      { kind: 'hello', following: false },
      { app: 'someone-else', kind: 'hello', following: false },
      { app: PRESENTER_APP, kind: 'hello' },
      { app: PRESENTER_APP, kind: 'hello', following: 'yes' },
      { app: PRESENTER_APP, kind: 'perform', action: { type: 'explode' } },
      { app: PRESENTER_APP, kind: 'perform', action: { type: 'go' } },
      { app: PRESENTER_APP, kind: 'perform', action: { type: 'go', position: { slide: -1, step: 0 } } },
      { app: PRESENTER_APP, kind: 'perform', action: { type: 'go', position: { slide: 0.5, step: 0 } } },
      { app: PRESENTER_APP, kind: 'show', deck, photoUrls, position: { slide: 0, step: 0 }, blank: null },
    ];
    for (const data of refused) expect(readPresenterMessage(data), JSON.stringify(data)).toBeNull();
  });

  it('passes on no extra fields', () => {
    const data = { app: PRESENTER_APP, kind: 'perform', action: { type: 'next', evil: '<script>' }, more: 1 };
    expect(readPresenterMessage(data)).toEqual({ kind: 'perform', action: { type: 'next' } });
  });
});

describe('messages from the show, as the presenter window reads them', () => {
  it('accepts the whole show, with the deck parsed through parseDeck', () => {
    const message = readShowMessage(
      wireMessage({ kind: 'show', deck, photoUrls, position: { slide: 0, step: 1 }, blank: 'black' }),
    );
    expect(message).toEqual({
      kind: 'show',
      deck,
      photoUrls,
      position: { slide: 0, step: 1 },
      blank: 'black',
    });
  });

  it('accepts a new position and the end of the show', () => {
    expect(
      readShowMessage(wireMessage({ kind: 'state', position: { slide: 2, step: 0 }, blank: null })),
    ).toEqual({ kind: 'state', position: { slide: 2, step: 0 }, blank: null });
    expect(readShowMessage(wireMessage({ kind: 'ended' }))).toEqual({ kind: 'ended' });
  });

  it('refuses a show whose deck does not parse', () => {
    const broken = { ...deck, slides: 'none' };
    const tooNew = { ...deck, schemaVersion: 999 };
    for (const bad of [broken, tooNew, null]) {
      const data = {
        app: PRESENTER_APP,
        kind: 'show',
        deck: bad,
        photoUrls,
        position: { slide: 0, step: 0 },
        blank: null,
      };
      expect(readShowMessage(data)).toBeNull();
    }
  });

  it('refuses photo URLs that are not the show’s own object URLs, files or server', () => {
    for (const url of ['javascript:alert(1)', 'data:image/png;base64,AAAA', 'x'.repeat(9000)]) {
      const data = {
        app: PRESENTER_APP,
        kind: 'show',
        deck,
        photoUrls: { [photo.meta.id]: url },
        position: { slide: 0, step: 0 },
        blank: null,
      };
      expect(readShowMessage(data), url.slice(0, 20)).toBeNull();
    }
    const fileUrl = { [photo.meta.id]: 'file:///home/ana/bundle/media/a.jpg' };
    const data = wireMessage({
      kind: 'show',
      deck,
      photoUrls: fileUrl,
      position: { slide: 0, step: 0 },
      blank: null,
    });
    expect(readShowMessage(data)?.kind).toBe('show');
  });

  it('refuses foreign and malformed messages', () => {
    const refused: unknown[] = [
      undefined,
      { kind: 'ended' },
      { app: 'other', kind: 'ended' },
      { app: PRESENTER_APP, kind: 'hello' },
      { app: PRESENTER_APP, kind: 'state', position: { slide: 0 }, blank: null },
      { app: PRESENTER_APP, kind: 'state', position: { slide: 0, step: 0 }, blank: 'grey' },
    ];
    for (const data of refused) expect(readShowMessage(data), JSON.stringify(data)).toBeNull();
  });
});
