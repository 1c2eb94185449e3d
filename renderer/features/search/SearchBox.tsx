import { useEffect, useState } from 'react';
import type { KeyboardEvent, RefObject } from 'react';
import { command } from '../../app/commands';
import { useUi } from '../../app/ui-state';

/**
 * The search field, always in the header. Typing shows results at once (the search view); Escape clears it and
 * goes back to where the user was; ↓ moves into the results.
 */
export function SearchBox({ inputRef }: { inputRef: RefObject<HTMLInputElement | null> }) {
  const { route, navigate, leaveSearch } = useUi();
  const inSearch = route.view === 'search';
  const [text, setText] = useState(inSearch ? route.q : '');

  // Follow the route when it changes from elsewhere (Back/Forward, a link).
  const routeQuery = inSearch ? route.q : null;
  useEffect(() => {
    if (routeQuery !== null) setText(routeQuery);
  }, [routeQuery]);

  const update = (q: string) => {
    setText(q);
    // The first keystroke adds a history entry (Back leaves the search); the next ones replace it.
    navigate(inSearch ? { ...route, q } : { view: 'search', q }, { replace: inSearch });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Escape' && (text || inSearch)) {
      event.preventDefault();
      setText('');
      if (inSearch) leaveSearch();
    } else if (event.key === 'ArrowDown' && inSearch) {
      const first = document.querySelector<HTMLElement>('.search-results a');
      if (first) {
        event.preventDefault();
        first.focus();
      }
    }
  };

  return (
    <div className="search-box" role="search">
      <label htmlFor="search-input" className="visually-hidden">
        Search articles and highlights
      </label>
      <input
        id="search-input"
        ref={inputRef}
        type="search"
        value={text}
        placeholder="Search articles and highlights"
        autoComplete="off"
        spellCheck={false}
        aria-keyshortcuts="Control+K Meta+K"
        aria-describedby={inSearch ? 'search-status search-error' : undefined}
        onChange={(e) => update(e.target.value)}
        onKeyDown={onKeyDown}
      />
      <kbd className="search-shortcut" aria-hidden="true">
        {command('find').shortcut}
      </kbd>
    </div>
  );
}
