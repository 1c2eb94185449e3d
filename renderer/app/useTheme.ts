import { useCallback, useEffect, useState } from 'react';

export type Theme = 'light' | 'dark';
const STORAGE_KEY = 'sourcebook.theme';
const darkQuery = () => window.matchMedia('(prefers-color-scheme: dark)');

function storedChoice(): Theme | null {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return value === 'light' || value === 'dark' ? value : null;
  } catch {
    return null; // storage can be unavailable (privacy settings); the system theme still applies
  }
}

/**
 * The theme follows the system until the user picks one with the toggle; the choice is remembered. It is applied
 * as `data-theme` on <html> (an attribute, which the strict CSP allows, unlike a style attribute).
 */
export function useTheme(): { theme: Theme; toggle(): void } {
  const [choice, setChoice] = useState<Theme | null>(storedChoice);
  const [system, setSystem] = useState<Theme>(() => (darkQuery().matches ? 'dark' : 'light'));

  useEffect(() => {
    const query = darkQuery();
    const onChange = () => setSystem(query.matches ? 'dark' : 'light');
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, []);

  const theme = choice ?? system;
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);

  const toggle = useCallback(() => {
    const next: Theme = theme === 'dark' ? 'light' : 'dark';
    // Toggling back to what the system says means "follow the system" again.
    const pinned = next === system ? null : next;
    setChoice(pinned);
    try {
      if (pinned) localStorage.setItem(STORAGE_KEY, pinned);
      else localStorage.removeItem(STORAGE_KEY);
    } catch {
      // not remembered, but applied for this session
    }
  }, [theme, system]);

  return { theme, toggle };
}
