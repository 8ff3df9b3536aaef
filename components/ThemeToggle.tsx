'use client';

import { useSyncExternalStore } from 'react';
import { THEME_STORAGE_KEY, THEMES, type Theme, themeFrom } from '@/lib/theme';

const labels: Record<Theme, string> = { system: 'System theme', light: 'Light theme', dark: 'Dark theme' };

// <html data-theme> is the state: the head script set it before the first paint.
const listeners = new Set<() => void>();

function applyTheme(theme: Theme) {
  if (theme === 'system') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = theme;
  listeners.forEach((listener) => listener());
}

/** A choice made in another tab applies here too. */
function onStorage(event: StorageEvent) {
  if (event.key === THEME_STORAGE_KEY || event.key === null) applyTheme(themeFrom(event.newValue));
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  if (listeners.size === 1) window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) window.removeEventListener('storage', onStorage);
  };
}

function choose(theme: Theme) {
  try {
    if (theme === 'system') localStorage.removeItem(THEME_STORAGE_KEY);
    else localStorage.setItem(THEME_STORAGE_KEY, theme);
  } catch {
    // Storage disabled: the choice still holds on this page.
  }
  applyTheme(theme);
}

/** Light, dark, or the device's: the one control on the page that needs JavaScript to act. */
export function ThemeToggle() {
  const theme = useSyncExternalStore(
    subscribe,
    () => themeFrom(document.documentElement.dataset.theme),
    // The static HTML cannot know the choice; the select shows it as soon as React runs.
    () => 'system' as const,
  );
  return (
    <select
      aria-label="Colour theme"
      value={theme}
      onChange={(event) => choose(themeFrom(event.target.value))}
      className="rounded border border-zinc-300 bg-white px-2 py-1.5 text-sm text-zinc-700 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-300"
    >
      {THEMES.map((option) => (
        <option key={option} value={option}>
          {labels[option]}
        </option>
      ))}
    </select>
  );
}
