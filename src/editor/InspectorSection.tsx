// One collapsible, headed group of the inspector (reveal, answer, notes…), open until the user folds it.
import type { ReactNode } from 'react';

type InspectorSectionProps = {
  readonly title: string;
  readonly className?: string;
  readonly children: ReactNode;
};

export function InspectorSection({ title, className, children }: InspectorSectionProps) {
  return (
    <details className={className ? `inspector-section ${className}` : 'inspector-section'} open>
      <summary>
        <h3>{title}</h3>
      </summary>
      <div className="inspector-section-body">{children}</div>
    </details>
  );
}
