import { useId, useState, type ReactNode } from 'react';

/**
 * Whether a shown-and-hidden part is open, and what its toggle button needs
 * to say so to a screen reader (aria-expanded, aria-controls). `contentId`
 * names the part the button opens; pass one when the page needs it stable.
 */
export function useDisclosure(id?: string) {
  const [open, setOpen] = useState(false);
  const generatedId = useId();
  const contentId = id ?? generatedId;
  const toggle = {
    type: 'button',
    'aria-expanded': open,
    'aria-controls': contentId,
    onClick: () => setOpen((wasOpen) => !wasOpen),
  } as const;
  return { open, contentId, toggle };
}

/**
 * A section the secretary can show and hide: a button that says whether it is
 * open, and the content below it.
 *
 * Used instead of <details> on pages where she types. Chromium keeps a closed
 * <details> as a display lock, and while one exists in the document every
 * caret move pays for it: in live mode the selection sync that follows each
 * keystroke took twice as long (traced per key, with and without the one
 * closed <details> on the page).
 */
export function Disclosure({ label, className, children }: { label: ReactNode; className?: string; children: ReactNode }) {
  const { open, contentId, toggle } = useDisclosure();
  return (
    <div className={className ? `disclosure ${className}` : 'disclosure'}>
      <button className="disclosure-toggle" {...toggle}>
        <svg className="disclosure-chevron" viewBox="0 0 12 12" width="12" height="12" aria-hidden="true" focusable="false">
          <path d="M4 2.5 7.5 6 4 9.5" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
        {label}
      </button>
      <div id={contentId} className="disclosure-content" hidden={!open}>
        {children}
      </div>
    </div>
  );
}
