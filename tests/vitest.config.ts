/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

/**
 * Three projects, so that the quick loop never waits for a build:
 * - `unit`: pure modules and components (Astro's Container API), no build, no browser;
 * - `content`: how broken content stops the build (each case runs Astro in a copy), and how the
 *   lint rules stop code that crosses a layer (each case runs ESLint): seconds each, not for the quick loop;
 * - `site`: the built site, read from dist/ and driven in browsers, after one build served once.
 * `npm run test:unit` runs the first; `npm test` runs all three.
 * Lives in tests/ to keep the repository's top level to the designed set of files.
 */
export default getViteConfig({
	test: {
		reporters: ['default', './tests/helpers/summary-reporter.ts'],
		testTimeout: 60_000,
		hookTimeout: 240_000,
		// Two cores: more workers only fight over them. Six of the longest browser files together took
		// 330 s with two workers, 373 s with three and 345 s with four (one session, idle machine).
		maxWorkers: 2,
		minWorkers: 1,
		// Only the unit project runs in threads: two workers that keep their modules from file to
		// file. A fresh process per file (the default) loaded Vitest, Astro's runtime and linkedom
		// again for each of its 33 files, two thirds of the run's CPU time. Each pool has its own two
		// workers, so `npm test` runs the unit project first, then the others (groupOrder).
		poolOptions: { threads: { isolate: false } },
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					include: ['tests/unit/**/*.test.ts', 'tests/components/**/*.test.ts'],
					pool: 'threads',
					// Modules are shared between files, so no file mocks one of its own.
					setupFiles: ['tests/helpers/setup-unit.ts'],
				},
			},
			{
				extends: true,
				test: {
					name: 'content',
					include: ['tests/content/**/*.test.ts'],
					sequence: { groupOrder: 1 },
				},
			},
			{
				extends: true,
				test: {
					name: 'site',
					include: [
						'tests/built/**/*.test.ts',
						'tests/e2e/**/*.test.ts',
						'tests/engines/**/*.test.ts',
					],
					// One production build, served once, shared by the dist and browser tests.
					globalSetup: ['tests/helpers/global-setup.ts'],
					// expect.poll waits for what a page does next (a click's copy, a dialog closing): a
					// wait that ends once it is there, never a claim on how fast. Vitest's default second
					// is too short for browsers on two busy cores (run 39 missed it once).
					expect: { poll: { timeout: 10_000 } },
					sequence: { groupOrder: 1 },
				},
			},
		],
	},
});
