import { useState, type FormEvent } from 'react';
import { navigate, searchHref } from '../app/router';

/** The search field of the top bar: Enter opens the results. */
export function TopBarSearch() {
  const [text, setText] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (text.trim()) navigate(searchHref({ text }));
  };
  return (
    <form role="search" className="topbar-search" onSubmit={submit}>
      <input type="search" aria-label="Sök i alla möten" value={text} onChange={(e) => setText(e.target.value)} />
    </form>
  );
}
