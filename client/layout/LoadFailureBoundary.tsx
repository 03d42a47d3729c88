import { Component, type ReactNode } from 'react';
import { useLocation } from 'react-router';
import { PageLoadFailure } from './PageLoadFailure.tsx';

interface BoundaryState {
  failed: boolean;
}

/**
 * Catches a lazy page whose code failed to load (and Vite's `vite:preloadError`, for a chunk's dependencies)
 * and shows a message with a Reload button instead of a blank page. A rejected `lazy()` stays rejected, so only
 * a reload can bring the page back.
 */
class PageBoundary extends Component<{ children: ReactNode }, BoundaryState> {
  override state: BoundaryState = { failed: false };

  static getDerivedStateFromError(): BoundaryState {
    return { failed: true };
  }

  private readonly handlePreloadError = () => this.setState({ failed: true });

  override componentDidMount() {
    window.addEventListener('vite:preloadError', this.handlePreloadError);
  }

  override componentWillUnmount() {
    window.removeEventListener('vite:preloadError', this.handlePreloadError);
  }

  override render() {
    return this.state.failed ? <PageLoadFailure /> : this.props.children;
  }
}

/** The boundary, started afresh on each page, so a failure on one page does not stay on the next. */
export function LoadFailureBoundary({ children }: { children: ReactNode }) {
  const { pathname } = useLocation();
  return <PageBoundary key={pathname}>{children}</PageBoundary>;
}
