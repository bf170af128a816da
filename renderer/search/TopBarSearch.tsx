import { useEffect, useRef, useState, type FormEvent } from 'react';
import { navigate, searchHref, useRoute } from '../app/router';
import './search.css';

/** Whether a key goes into something she is writing in (then "/" is just a slash). */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target.closest('input, textarea, select, [contenteditable="true"]') !== null;
}

/**
 * The search field of the top bar, on every screen: Enter opens the results
 * ("Sök"). Ctrl+K (⌘K) anywhere, and "/" when she is not writing, puts the
 * cursor in it.
 */
export function TopBarSearch() {
  const route = useRoute();
  const shownText = route.view === 'search' ? route.query.text : null;
  const [text, setText] = useState(shownText ?? '');
  const inputRef = useRef<HTMLInputElement>(null);

  // On the results page the field shows the question being answered (also after back and forward).
  useEffect(() => {
    if (shownText !== null) setText(shownText);
  }, [shownText]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const ctrlK = (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.code === 'KeyK';
      const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !isTyping(event.target);
      if (!ctrlK && !slash) return;
      if (document.querySelector('dialog[open]')) return;
      event.preventDefault();
      inputRef.current?.focus();
      inputRef.current?.select();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (text.trim()) navigate(searchHref({ text: text.trim() }));
  };
  return (
    <form role="search" className="topbar-search" aria-label="Sök i alla möten" onSubmit={submit}>
      <span className="topbar-search-icon" aria-hidden="true" />
      <input
        ref={inputRef}
        type="search"
        className="topbar-search-input"
        aria-label="Sök i alla möten"
        aria-keyshortcuts="Control+K /"
        placeholder="Sök (Ctrl+K)"
        enterKeyHint="search"
        autoComplete="off"
        spellCheck={false}
        value={text}
        onChange={(e) => setText(e.target.value)}
      />
    </form>
  );
}
