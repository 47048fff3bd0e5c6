/** The CSP on every page and the headers file for static hosts. */
import { existsSync, readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { THEME_BOOTSTRAP, contentSecurityPolicy, sha256 } from '~/integrations/csp.mjs';
import { distHas, htmlFiles, readDist } from '../helpers/dist';

/**
 * `_headers` as path → header name → value; a detached header (`! Name`, which removes what an
 * earlier matching rule set) as the value null.
 */
function parseHeaders(text: string): Map<string, Map<string, string | null>> {
	const rules = new Map<string, Map<string, string | null>>();
	let current: Map<string, string | null> | undefined;
	for (const line of text.split('\n')) {
		if (!line.trim() || line.startsWith('#')) continue;
		if (!/^\s/.test(line)) {
			current = new Map();
			rules.set(line.trim(), current);
			continue;
		}
		const detached = /^\s+!\s*(\S+)\s*$/.exec(line);
		if (detached) {
			expect(current, `header outside a path block: ${line}`).toBeDefined();
			current?.set(detached[1]?.toLowerCase() ?? '', null);
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

	test('only the embeds (/embed/*, /en/embed/*) may be framed, by any site; every other path by none', () => {
		const policy = (path: string) => rules.get(path)?.get('content-security-policy');
		const framers = (path: string) => directives(policy(path) ?? '').get('frame-ancestors') ?? [];
		expect(framers('/*')).toEqual(["'none'"]);
		for (const embed of ['/embed/*', '/en/embed/*']) {
			const rule = rules.get(embed);
			// The site-wide CSP, X-Frame-Options: DENY and CORP are detached first: hosts add up the
			// headers of every matching rule, and of two CSPs both would apply.
			expect(rule?.get('x-frame-options'), embed).toBeNull();
			expect([...(rule?.keys() ?? [])].slice(0, 3), embed).toEqual([
				'content-security-policy',
				'x-frame-options',
				'cross-origin-resource-policy',
			]);
			expect(policy(embed), embed).toBe(contentSecurityPolicy({ header: true, framedBy: '*' }));
			expect(framers(embed), embed).toEqual(['*']);
			expect(rule?.get('cross-origin-resource-policy'), embed).toBe('cross-origin');
			// The rest of the policy is the one every page has.
			expect(policy(embed)?.replace('frame-ancestors *', "frame-ancestors 'none'")).toBe(
				policy('/*'),
			);
		}
		// No other rule touches the framing of a page.
		const others = [...rules.entries()].filter(
			([path]) => !['/*', '/embed/*', '/en/embed/*'].includes(path),
		);
		for (const [path, headers] of others) {
			expect(headers.has('content-security-policy'), path).toBe(false);
			expect(headers.has('x-frame-options'), path).toBe(false);
		}
		// Every embed page lies under those paths, and nothing else does.
		const embeds = htmlFiles()
			.map((f) => f.slice(f.indexOf('/dist/') + 5))
			.filter((p) => p.includes('/embed/'));
		expect(embeds.length).toBeGreaterThanOrEqual(4);
		for (const p of embeds) expect(p, p).toMatch(/^\/(en\/)?embed\/[\w-]+\/index\.html$/);
	});

	test('hashed assets are cached for a year as immutable, the search index for an hour', () => {
		expect(rules.get('/_astro/*')?.get('cache-control')).toBe(
			'public, max-age=31536000, immutable',
		);
		expect(rules.get('/pagefind/*')?.get('cache-control')).toBe('public, max-age=3600');
	});
});
