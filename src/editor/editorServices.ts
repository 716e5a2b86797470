// What every editor panel needs, made once at boot and handed down through React context.
import { createContext, useContext } from 'react';
import type { EditorServices } from '../session/editorSession';

export type { EditorServices };

export const EditorServicesContext = createContext<EditorServices | null>(null);

export function useEditorServices(): EditorServices {
  const services = useContext(EditorServicesContext);
  if (!services) throw new Error('useEditorServices is used outside the editor');
  return services;
}
