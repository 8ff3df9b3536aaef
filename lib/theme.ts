/**
 * The reader's colour theme: "system" follows the device; "light" or "dark" is a choice kept
 * in localStorage and written on <html data-theme> before the first paint, so a page never
 * shows the other theme first. app/globals.css reads the attribute (and, without it, the
 * device's preference), so the theme needs no JavaScript beyond that one inline line.
 */
export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

export const THEME_STORAGE_KEY = 'theme';

/** A stored value as a theme: anything but an explicit choice means "follow the device". */
export function themeFrom(stored: string | null | undefined): Theme {
  return stored === 'light' || stored === 'dark' ? stored : 'system';
}

/**
 * Runs in <head>, before the body is parsed: applies a stored choice. localStorage can throw
 * (storage disabled), and then the device's theme stands. Its hash is pinned per page by
 * `npm run pin-scripts`, like Next.js's own inline scripts.
 */
export const themeScript = `try{var t=localStorage.getItem(${JSON.stringify(THEME_STORAGE_KEY)});if(t==="light"||t==="dark")document.documentElement.dataset.theme=t}catch(e){}`;
