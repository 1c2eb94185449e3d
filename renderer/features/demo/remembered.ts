/**
 * Small facts remembered in this browser (or app window) across runs: the tour was seen, the demo banner was put
 * away. Storage can be unavailable (privacy settings): then the facts last for the session only.
 */
export const TOUR_SEEN = 'sourcebook.tour-seen';
export const DEMO_BANNER_HIDDEN = 'sourcebook.demo-banner-hidden';

export function remembered(key: string): boolean {
  try {
    return localStorage.getItem(key) === 'yes';
  } catch {
    return false;
  }
}

export function remember(key: string): void {
  try {
    localStorage.setItem(key, 'yes');
  } catch {
    // not remembered across runs, which is only a small annoyance
  }
}
