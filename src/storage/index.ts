// The storage layer's public face: IndexedDB for decks, photo blobs and settings, and photo object URLs.
export { openDatabase, DATABASE_NAME, DATABASE_VERSION, PHOTO_VARIANTS } from './database';
export type { Database, CommonThreadSchema, PhotoVariant } from './database';
export { saveDeck, loadDeck, setCurrentDeckId, getCurrentDeckId } from './deckStorage';
export { savePhotoBlobs, loadPhotoBlob, hasPhoto, photoBlobKey } from './photoStorage';
export type { PhotoBlobs } from './photoStorage';
export { createPhotoUrlCache } from './photoUrls';
export type { PhotoUrlCache } from './photoUrls';
export { StorageFullError, isQuotaError } from './storageFullError';
