// The only inline script and style of the site, kept here so astro.config.mjs can hash them for the
// Content-Security-Policy (Astro hashes its bundled scripts and styles, not `is:inline` ones).
import { createHash } from 'node:crypto';

/** Runs before first paint: applies the saved or system theme (no flash) and marks JS as available. */
export const THEME_BOOTSTRAP = `(()=>{const r=document.documentElement;r.classList.add('js');let s=null;try{s=localStorage.getItem('rr-theme')}catch{}const d=s?s==='dark':matchMedia('(prefers-color-scheme: dark)').matches;r.dataset.theme=d?'dark':'light'})();`;

/** Fixes the cascade-layer order before any component <style> that Astro inlines above the main stylesheet. */
export const LAYER_ORDER = '@layer theme, base, components, utilities;';

/** @param {string} text */
export const sha256 = (text) => `sha256-${createHash('sha256').update(text).digest('base64')}`;
