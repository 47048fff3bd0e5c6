/**
 * The probe every journey page carries, in all three engines: it runs before the page's own
 * scripts (an init script in Chromium, a preload script over WebDriver BiDi in Firefox, and in
 * WebKit, which has neither over WebDriver, a same-origin <script src> the test proxy puts first in
 * <head>, allowed by the site's `script-src 'self'`). It records into `window.__rrProbe`:
 * - errors: uncaught exceptions, unhandled rejections, console.error calls, resources that failed to
 *   load, and every CSP violation (`securitypolicyviolation` fires for each blocked load or inline
 *   script/style, whether the policy came from a header or the page's <meta>). They are also kept in
 *   sessionStorage (the site never uses it), so errors of a page the journey has left are still read.
 *   A load cut short because the journey is leaving the page (Firefox and WebKit report it as failed:
 *   a stylesheet the page links once idle, say; in WebKit's phone frame, every icon still loading
 *   when the journey replaces the frame) is not a failure the reader would see: once the page is being
 *   left (beforeunload), discarded (pagehide) or about to be removed by the driver (`leaving`, set by
 *   WebKit's phone frame before it replaces the frame: WebKit reports the loads it cuts short there
 *   before pagehide), failed loads are no longer counted. A failed load says the page's state, when, and whether the
 *   offline worker answered for the page, so that one seen once in CI can be traced;
 * - firstPaint: the theme and body background at DOMContentLoaded, to see a stored theme apply
 *   before anything is shown.
 *
 * Plain JavaScript in a string: it is injected as is, never transpiled.
 */
export const PROBE = String.raw`(() => {
	if (window.__rrProbe) return;
	const probe = (window.__rrProbe = { errors: [], firstPaint: null, leaving: false });
	const KEY = 'rr-probe-errors';
	const push = (text) => {
		const line = location.pathname + ': ' + String(text).slice(0, 500);
		probe.errors.push(line);
		try {
			sessionStorage.setItem(KEY, JSON.stringify([...JSON.parse(sessionStorage.getItem(KEY) || '[]'), line]));
		} catch {}
	};
	addEventListener('beforeunload', () => (probe.leaving = true));
	addEventListener('pagehide', () => (probe.leaving = true));
	addEventListener('pageshow', () => (probe.leaving = false));
	addEventListener(
		'error',
		(e) => {
			const t = e.target;
			if (t && t !== window && t.nodeType === 1) {
				// Only this page's elements: run 128 counted against trend 1, still loading at 45 ms, a
				// companion.css it never asks for. The part page the journey had just left loads that
				// file at idle for a reader with a place remembered: most likely its cut-short load.
				if (!probe.leaving && t.ownerDocument === document)
					push(
						'failed to load ' + t.tagName.toLowerCase() + ' ' + (t.src || t.href || t.currentSrc || '') +
							' (' + document.readyState + ' at ' + Math.round(performance.now()) + ' ms, ' +
							(navigator.serviceWorker && navigator.serviceWorker.controller ? 'through the worker' : 'not through a worker') + ')',
					);
			} else push('uncaught ' + (e.message || e.error));
		},
		true,
	);
	addEventListener('unhandledrejection', (e) => push('unhandled rejection ' + ((e.reason && e.reason.message) || e.reason)));
	document.addEventListener('securitypolicyviolation', (e) =>
		push('CSP ' + e.effectiveDirective + ' blocked ' + (e.blockedURI || 'inline') + ' at ' + e.sourceFile + ':' + e.lineNumber),
	);
	const error = console.error;
	console.error = (...args) => {
		push('console.error ' + args.map(String).join(' '));
		return error.apply(console, args);
	};
	document.addEventListener('DOMContentLoaded', () => {
		if (!document.body) return; // an SVG document
		probe.firstPaint = {
			theme: document.documentElement.dataset.theme,
			bg: getComputedStyle(document.body).backgroundColor,
		};
	});
})();`;

/** Every error the probe saw in this tab since the last call, in any page of the site. */
export const PROBE_TAKE_ERRORS = String.raw`(() => {
	const KEY = 'rr-probe-errors';
	let all = [];
	try {
		all = JSON.parse(sessionStorage.getItem(KEY) || '[]');
		sessionStorage.removeItem(KEY);
	} catch {}
	if (window.__rrProbe) window.__rrProbe.errors = [];
	else all.push(location.pathname + ': no probe in this page, so its errors were not watched');
	return all;
})()`;

export interface ProbeRecord {
	errors: string[];
	firstPaint: { theme: string; bg: string } | null;
	/** The page is being left: failed loads no longer count. */
	leaving: boolean;
}
