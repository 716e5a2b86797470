// The photo id: the SHA-256 of a photo's bytes as 64 hex characters, so the same photo is stored once.
import type { PhotoId } from '../model/ids';

export async function hashBytes(bytes: ArrayBuffer | Uint8Array): Promise<PhotoId> {
  // crypto.subtle refuses views over shared memory, so such a view is copied first.
  const data = bytes instanceof Uint8Array && !(bytes.buffer instanceof ArrayBuffer) ? bytes.slice() : bytes;
  const digest = await crypto.subtle.digest('SHA-256', data as BufferSource);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('') as PhotoId;
}
