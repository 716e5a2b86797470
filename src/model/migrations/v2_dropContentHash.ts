// Migration to schema 2: drop PhotoMeta.contentHash, which always equalled the photo id (the SHA-256 of its bytes).
export function dropContentHash(doc: Record<string, unknown>): Record<string, unknown> {
  const photos = doc.photos;
  if (!isPlainRecord(photos)) return doc;
  // Object.fromEntries and spreads define own properties, so a "__proto__" key stays a plain key.
  const migrated = Object.fromEntries(
    Object.entries(photos).map(([key, photo]) => {
      if (!isPlainRecord(photo)) return [key, photo];
      const { contentHash: _dropped, ...rest } = photo;
      return [key, rest];
    }),
  );
  return { ...doc, photos: migrated };
}

function isPlainRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
