// Catches a part of the screen that fails to load (a lazy chunk that cannot be fetched: offline before the
// service worker had it, or a tab left open across an update) so it does not take the whole app down with it.
import { Component, type ReactNode } from 'react';

type LoadBoundaryProps = {
  readonly children: ReactNode;
  /** Shown in the part's place once it failed; nothing by default. */
  readonly fallback?: ReactNode;
  /** Told once, with what was thrown. */
  readonly onError?: (error: unknown) => void;
};

export class LoadBoundary extends Component<LoadBoundaryProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown): void {
    this.props.onError?.(error);
  }

  override render(): ReactNode {
    return this.state.failed ? (this.props.fallback ?? null) : this.props.children;
  }
}
