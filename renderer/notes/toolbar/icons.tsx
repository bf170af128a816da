import type { ReactNode } from 'react';

/** The toolbar's line icons, drawn in the text colour so pressed and disabled states colour them too. */

function Svg({ children }: { children: ReactNode }) {
  return (
    <svg className="tb-icon" viewBox="0 0 20 20" width="18" height="18" aria-hidden="true" focusable="false">
      {children}
    </svg>
  );
}

/** The lines of text beside a list's markers. */
function ListLines() {
  return <path d="M8 5.5h9M8 10h9M8 14.5h9" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />;
}

export function BulletIcon() {
  return (
    <Svg>
      {[5.5, 10, 14.5].map((cy) => (
        <circle key={cy} cx="4" cy={cy} r="1.4" fill="currentColor" />
      ))}
      <ListLines />
    </Svg>
  );
}

export function NumberIcon() {
  return (
    <Svg>
      {/* "1" and "2" drawn as strokes: an icon, not text a speech-input user would be expected to say. */}
      <path
        d="M2.6 3.6 3.9 2.6v5.2M2.2 12.6c.3-.8 1-1.2 1.7-1.2.9 0 1.5.6 1.5 1.3 0 1.4-3.2 2.4-3.2 4h3.3"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.1"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
      <ListLines />
    </Svg>
  );
}

export function QuoteIcon() {
  return (
    <Svg>
      <path d="M4 4v12" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
      <path d="M8 6.5h9M8 10h9M8 13.5h6" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
    </Svg>
  );
}

export function LinkIcon() {
  return (
    <Svg>
      <path
        d="M8.5 11.5a3 3 0 0 0 4.2 0l2.8-2.8a3 3 0 0 0-4.2-4.2l-1 1M11.5 8.5a3 3 0 0 0-4.2 0l-2.8 2.8a3 3 0 0 0 4.2 4.2l1-1"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.6"
        strokeLinecap="round"
      />
    </Svg>
  );
}

export function TableIcon() {
  return (
    <Svg>
      <rect x="2.5" y="3.5" width="15" height="13" rx="1.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
      <path d="M2.5 8h15M2.5 12.2h15M8 8v8.5M12.5 8v8.5" stroke="currentColor" strokeWidth="1.3" />
    </Svg>
  );
}
