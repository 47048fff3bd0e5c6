/** The CSP on every page and the headers file for static hosts. */
import { existsSync, readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { THEME_BOOTSTRAP, contentSecurityPolicy, sha256 } from '~/integrations/csp.mjs';
import { distHas, htmlFiles, readDist } from '../helpers/dist';

/** `_headers` as path → header name → value. */
function parseHeaders(text: string): Map<string, Map<string, string>> {
	const rules = new Map<string, Map<string, string>>();
	let current: Map<string, string> | undefined;
	for (const line of text.split('\n')) {
		if (!line.trim() || line.startsWith('#')) continue;
		if (!/^\s/.test(line)) {
			current = new Map();
			rules.set(line.trim(), current);
			continue;
		}
		const i = line.indexOf(':');
		expect(current, `header outside a path block: ${line}`).toBeDefined();
		current?.set(line.slice(0, i).trim().toLowerCase(), line.slice(i + 1).trim());
	}
	return rules;
}

const directives = (policy: string) =>
	new Map(
		policy
			.split(';')
			.map((d) => d.trim().split(/\s+/))
			.map(([k = '', ...v]) => [k, v]),
	);

describe('Content-Security-Policy', () => {
	test('is strict: no unsafe-inline or unsafe-eval; wasm-unsafe-eval is the only relaxation', () => {
		const d = directives(contentSecurityPolicy());
		for (const [name, values] of d) {
			expect(values, name).not.toContain("'unsafe-inline'");
			expect(values, name).not.toContain("'unsafe-eval'");
		}
		expect(d.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'", sha256(THEME_BOOTSTRAP)]);
		expect(d.get('default-src')).toEqual(["'self'"]);
		// Styles, fonts, fetches, workers and the manifest fall back to default-src: same origin.
		for (const name of ['style-src', 'font-src', 'connect-src', 'worker-src', 'child-src'])
			expect(d.has(name), name).toBe(false);
		expect(d.get('object-src')).toEqual(["'none'"]);
	});

	test('every page carries it; its only inline script is the hashed one, and it has no inline style', () => {
		for (const file of htmlFiles()) {
			const { document } = parseHTML(readFileSync(file, 'utf8'));
			expect(
				document
					.querySelector('meta[http-equiv="content-security-policy"]')
					?.getAttribute('content'),
				file,
			).toBe(contentSecurityPolicy());
			if (file.includes('/t/')) continue;
			const inlineScripts = [
				...document.querySelectorAll('script:not([src]):not([type="application/ld+json"])'),
			].map((s) => s.textContent);
			expect(inlineScripts, file).toEqual([THEME_BOOTSTRAP]);
			expect(document.querySelectorAll('style').length, `${file}: style elements`).toBe(0);
			expect(document.querySelectorAll('[style]').length, `${file}: style attributes`).toBe(0);
			expect(document.querySelectorAll('[onclick], [onload], [onerror]').length, file).toBe(0);
		}
	});
});

describe('dist/_headers', () => {
	const rules = parseHeaders(readDist('_headers'));

	test('is generated at build, with no hand-kept copy in public/', () => {
		expect(distHas('_headers')).toBe(true);
		expect(existsSync('public/_headers')).toBe(false);
	});

	test('sends the page policy plus frame-ancestors and the hardening headers to every path', () => {
		const all = rules.get('/*');
		const { document } = parseHTML(readDist('index.html'));
		const meta = document
			.querySelector('meta[http-equiv="content-security-policy"]')
			?.getAttribute('content');
		expect(meta).toBeTruthy();
		expect(all?.get('content-security-policy')).toBe(`${meta}; frame-ancestors 'none'`);
		expect(all?.get('content-security-policy')).toBe(contentSecurityPolicy({ header: true }));
		expect(all?.get('strict-transport-security')).toMatch(/^max-age=\d{8,}/);
		expect(all?.get('x-content-type-options')).toBe('nosniff');
		expect(all?.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
		expect(all?.get('permissions-policy')).toContain('camera=()');
		expect(all?.get('cross-origin-opener-policy')).toBe('same-origin');
		expect(all?.get('cross-origin-resource-policy')).toBe('same-origin');
		expect(all?.get('x-frame-options')).toBe('DENY');
	});

	test('hashed assets are cached for a year as immutable, the search index for an hour', () => {
		expect(rules.get('/_astro/*')?.get('cache-control')).toBe(
			'public, max-age=31536000, immutable',
		);
		expect(rules.get('/pagefind/*')?.get('cache-control')).toBe('public, max-age=3600');
	});
});
