import { Component, type ErrorInfo, type ReactNode } from 'react';
import type { NotesDocument } from '../../shared/notes/schema';
import { notesToPlainText } from '../../shared/notes/text';

interface BoundaryProps {
  notes: NotesDocument | null;
  itemLabel: string;
  children: ReactNode;
}

/** If stored notes cannot be loaded, show their text read-only rather than lose the page. */
export class NotesErrorBoundary extends Component<BoundaryProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Anteckningarna kunde inte visas:', error, info.componentStack);
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    const text = notesToPlainText(this.props.notes);
    return (
      <div className="notes-editor notes-fallback">
        <p className="banner banner-error" role="alert">
          Anteckningarna för punkt {this.props.itemLabel} kunde inte öppnas för redigering. Texten visas nedan
          oförändrad.
        </p>
        <pre className="notes-fallback-text">{text || '(Inga anteckningar)'}</pre>
      </div>
    );
  }
}
