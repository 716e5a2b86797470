// Checks the shared fixtures reach browser tests byte for byte (the other browser tests rely on it).
import { describe, expect, it } from 'vitest';
import { fixtureFile, haveFixtures, noFixturesMessage } from './fixtures';

describe.skipIf(!haveFixtures)('shared fixtures in the browser', () => {
  it('fetches a fixture with its exact size and a unicode name', async () => {
    const file = await fixtureFile('bad/São Paulo 東京タワー.jpg');
    expect(file.size).toBe(112525);
    expect(file.name).toBe('São Paulo 東京タワー.jpg');
    const head = new Uint8Array(await file.slice(0, 3).arrayBuffer());
    expect([...head]).toEqual([0xff, 0xd8, 0xff]);
  });
});

if (!haveFixtures) console.warn(noFixturesMessage);
