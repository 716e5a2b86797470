// The object URLs of the deck's photos in one variant, resolved from IndexedDB as they become available.
import { useMemo } from 'react';
import type { PhotoId } from '../../model/ids';
import type { PhotoVariant } from '../../storage/database';
import { useStoredUrls } from './useStoredUrls';
import { useDeck } from '../../store/deckStore';
import { useEditorServices } from '../editorServices';

export function usePhotoUrls(variant: PhotoVariant): ReadonlyMap<PhotoId, string> {
  const { deckStore, photoUrls } = useEditorServices();
  const photos = useDeck(deckStore, (state) => state.deck.photos);
  const photoIds = useMemo(() => Object.keys(photos) as PhotoId[], [photos]);
  return useStoredUrls(photoUrls, photoIds, variant);
}
