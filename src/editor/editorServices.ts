// What every editor panel needs, made once at boot and handed down through React context.
import { createContext, useContext } from 'react';
import type { Database } from '../storage/database';
import type { PhotoUrlCache } from '../storage/photoUrls';
import type { DeckStore } from '../store/deckStore';
import type { SessionStore } from '../store/sessionStore';

export type EditorServices = {
  readonly db: Database;
  readonly deckStore: DeckStore;
  readonly session: SessionStore;
  readonly photoUrls: PhotoUrlCache;
};

export const EditorServicesContext = createContext<EditorServices | null>(null);

export function useEditorServices(): EditorServices {
  const services = useContext(EditorServicesContext);
  if (!services) throw new Error('useEditorServices is used outside the editor');
  return services;
}
