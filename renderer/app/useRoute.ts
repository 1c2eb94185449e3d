import { useCallback, useEffect, useState } from 'react';
import { formatRoute, parseRoute } from './route';
import type { Route } from './route';

export type Navigate = (route: Route, options?: { replace?: boolean }) => void;

/** The current route, following the hash (links, Back/Forward), and a way to change it. */
export function useRoute(): [Route, Navigate] {
  const [route, setRoute] = useState<Route>(() => parseRoute(window.location.hash));

  useEffect(() => {
    const onChange = () => setRoute(parseRoute(window.location.hash));
    // Back/Forward across pushState entries fires popstate; a typed or clicked #link fires hashchange.
    window.addEventListener('hashchange', onChange);
    window.addEventListener('popstate', onChange);
    return () => {
      window.removeEventListener('hashchange', onChange);
      window.removeEventListener('popstate', onChange);
    };
  }, []);

  const navigate = useCallback<Navigate>((next, options) => {
    const hash = formatRoute(next);
    if (hash === window.location.hash) return;
    // replaceState/pushState do not fire hashchange: update React ourselves. Typing in the search box replaces
    // the entry, so Back leaves the search instead of stepping through every keystroke.
    if (options?.replace) history.replaceState(history.state, '', hash);
    else history.pushState(history.state, '', hash);
    setRoute(parseRoute(hash));
  }, []);

  return [route, navigate];
}
