// The only inline script of the site, and the Content-Security-Policy built around them.
// BaseHead puts the policy in a <meta>; security-headers.mjs writes the same policy (plus
// frame-ancestors, which only works as a header) into dist/_headers at build.
import { createHash } from 'node:crypto';

/**
 * Runs before first paint: marks JS as available and applies the saved or system theme and the saved
 * text size (data-ts, read by prose.css), so neither flashes nor shifts. Kept tiny: it counts towards
 * every page's 1 KB of JavaScript (so className, not classList: <html> has no other class). Storage may
 * be blocked (private mode): then the defaults apply.
 */
export const THEME_BOOTSTRAP = `{const r=document.documentElement,d=r.dataset,g=k=>{try{return localStorage['rr-'+k]}catch{}};r.className='js';d.theme=g('theme')||(matchMedia('(prefers-color-scheme:dark)').matches?'dark':'light');d.ts=g('ts')||'m'}`;

/** @param {string} text */
export const sha256 = (text) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/**
 * Everything from this origin only (default-src, which styles, fonts, fetches, workers and the
 * manifest fall back to, so the policy names them no more: every page carries it); scripts also
 * from this exact snippet, and Pagefind's WebAssembly needs 'wasm-unsafe-eval', the only
 * relaxation; images also as data: URLs. No inline style: each head stylesheet declares the
 * cascade-layer order itself (styles/bundles/*.css). As a header the policy also says who may
 * frame the page: no one, but any site for the embeds (/embed/<id>/).
 * @param {{ header?: boolean, framedBy?: "'none'" | '*' }} [options]
 */
export function contentSecurityPolicy({ header = false, framedBy = "'none'" } = {}) {
	return [
		"default-src 'self'",
		`script-src 'self' 'wasm-unsafe-eval' ${sha256(THEME_BOOTSTRAP)}`,
		"img-src 'self' data:",
		"object-src 'none'",
		"base-uri 'self'",
		"form-action 'self'",
		...(header ? [`frame-ancestors ${framedBy}`] : []),
	].join('; ');
}
