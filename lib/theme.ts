/**
 * The reader's colour theme and the `/` shortcut: the only JavaScript every page runs, one
 * small external script (`/site.js`, written by app/site.js/route.ts) loaded in <head>.
 * "system" follows the device; "light" or "dark" is a choice kept in localStorage and written
 * on <html data-theme> before the first paint, so a page never shows the other theme first.
 * app/globals.css reads the attribute (and, without it, the device's preference), so the
 * device theme needs no JavaScript at all.
 */
import { createHash } from 'node:crypto';
import { PATHS } from './routes';

export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

export const THEME_STORAGE_KEY = 'theme';
export const THEME_SELECT_ID = 'theme-select';

/** Applies a stored choice. localStorage can throw (storage disabled), and then the device's theme stands. */
export const themeScript = `try{var t=localStorage.getItem(${JSON.stringify(THEME_STORAGE_KEY)});if(t==="light"||t==="dark")document.documentElement.dataset.theme=t}catch(e){}`;

/**
 * Once the page is parsed: the theme select shows and changes the choice (and a choice made in
 * another tab applies here; so does one made while the page waited in the back-forward cache,
 * on \`pageshow\`), and \`/\` focuses the search box (the search page's own where there
 * is one), as on GitHub or MDN.
 */
const controls = `(function(){
var key=${JSON.stringify(THEME_STORAGE_KEY)},root=document.documentElement;
function current(){var t=root.dataset.theme;return t==="light"||t==="dark"?t:"system"}
function apply(t){if(t==="light"||t==="dark")root.dataset.theme=t;else delete root.dataset.theme;var s=document.getElementById(${JSON.stringify(THEME_SELECT_ID)});if(s)s.value=current()}
addEventListener("storage",function(e){if(e.key===key||e.key===null)apply(e.newValue)});
addEventListener("pageshow",function(){var t=null;try{t=localStorage.getItem(key)}catch(e){}apply(t)});
document.addEventListener("DOMContentLoaded",function(){var s=document.getElementById(${JSON.stringify(THEME_SELECT_ID)});if(!s)return;s.value=current();s.addEventListener("change",function(){var t=s.value;try{if(t==="light"||t==="dark")localStorage.setItem(key,t);else localStorage.removeItem(key)}catch(e){}apply(t)})});
document.addEventListener("keydown",function(e){if(e.key!=="/"||e.ctrlKey||e.metaKey||e.altKey||e.defaultPrevented)return;var t=e.target;if(t&&(t.isContentEditable||/^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName)))return;var b=document.getElementById("search-query")||document.getElementById("site-search");if(!b)return;e.preventDefault();b.focus();b.select()});
})();`;

/** The whole of /site.js. */
export const siteScript = `${themeScript}\n${controls}\n`;

/** Where pages load it from: the version in the query lets browsers keep it for a year (vercel.json). */
export const siteScriptSrc = `${PATHS.siteScript}?v=${createHash('sha256').update(siteScript).digest('hex').slice(0, 12)}`;
