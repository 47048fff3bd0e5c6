/**
 * Vite's module-preload helper never ships: src/integrations/unwrap-preloads.mjs unwraps every
 * dynamic import. Checked on the output, so a Vite upgrade that changes the helper's shape shows
 * up here even if the plugin's own checks were bypassed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { expect, test } from 'vitest';
import { staticGraph } from '../helpers/bytes';
import { DIST, htmlFiles } from '../helpers/dist';

/** The helper's file name, and the event only its code dispatches (found even if it were inlined). */
const HELPER_FILE = /preload-helper/;
const HELPER_CODE = 'vite:preloadError';

const scripts = readdirSync(join(DIST, '_astro'))
	.filter((f) => f.endsWith('.js'))
	.map((f) => join(DIST, '_astro', f));

test('no page loads the preload helper through its scripts or their static imports', () => {
	const offenders: string[] = [];
	const walked = new Set<string>();
	for (const file of htmlFiles()) {
		const { document } = parseHTML(readFileSync(file, 'utf8'));
		const modules = new Set<string>();
		for (const s of document.querySelectorAll('script[src]'))
			staticGraph(join(DIST, (s.getAttribute('src') ?? '').replace(/^\/+/, '')), DIST, modules);
		for (const m of modules) {
			walked.add(m);
			if (HELPER_FILE.test(m) || readFileSync(m, 'utf8').includes(HELPER_CODE))
				offenders.push(`${file}: ${m}`);
		}
	}
	// The walk reached the code that lazy-loads (where Vite would have put the helper).
	expect(
		[...walked].filter((m) => readFileSync(m, 'utf8').includes('import(')).length,
	).toBeGreaterThan(1);
	expect(offenders).toEqual([]);
});

test('no built script, lazily loaded ones included, is or imports the helper', () => {
	expect(scripts.length).toBeGreaterThan(0);
	expect(scripts.filter((f) => HELPER_FILE.test(f))).toEqual([]);
	expect(
		scripts.filter((f) => {
			const code = readFileSync(f, 'utf8');
			return HELPER_FILE.test(code) || code.includes(HELPER_CODE);
		}),
	).toEqual([]);
});
