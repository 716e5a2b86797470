// One collapsible, headed group of the inspector (reveal, answer, notes…); folding it holds for the session.
import type { ReactNode } from 'react';
import { useStore } from 'zustand';
import { useEditorServices } from '../editorServices';
import { isSectionFolded, type InspectorSectionId } from './inspectorSections';

type InspectorSectionProps = {
  /** Which section this is: its folding is remembered under this name. */
  readonly section: InspectorSectionId;
  readonly title: string;
  readonly className?: string;
  /** An id for the heading, for controls inside labelled by it. */
  readonly headingId?: string;
  readonly children: ReactNode;
};

export function InspectorSection({ section, title, className, headingId, children }: InspectorSectionProps) {
  const { session } = useEditorServices();
  const folded = useStore(session, (state) => isSectionFolded(section, state.foldedSections));
  return (
    <details
      className={className ? `inspector-section ${className}` : 'inspector-section'}
      data-section={section}
      open={!folded}
      // The browser folds and opens a <details> itself; the session remembers it, so another selection keeps it.
      onToggle={(event) => session.getState().foldSection(section, !event.currentTarget.open)}
    >
      <summary>
        <h3 id={headingId}>{title}</h3>
      </summary>
      <div className="inspector-section-body">{children}</div>
    </details>
  );
}
