import { THEME_SELECT_ID, THEMES, type Theme } from '@/lib/theme';

const labels: Record<Theme, string> = { system: 'System theme', light: 'Light theme', dark: 'Dark theme' };

/**
 * Light, dark, or the device's. The static HTML cannot know the stored choice: /site.js shows
 * it and acts on a change (lib/theme.ts). No value is set here, so "System", the first option,
 * is what a page shows before that, and React leaves the select alone on the search page.
 * `autoComplete="off"` stops the browser restoring an old choice after Back or Forward.
 */
export function ThemeToggle() {
  return (
    <select
      id={THEME_SELECT_ID}
      aria-label="Colour theme"
      autoComplete="off"
      className="rounded border border-zinc-500 bg-white px-2 py-1.5 text-sm text-zinc-700 dark:bg-zinc-900 dark:text-zinc-300"
    >
      {THEMES.map((option) => (
        <option key={option} value={option}>
          {labels[option]}
        </option>
      ))}
    </select>
  );
}
