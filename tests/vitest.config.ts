/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Lives in tests/ to keep the repository's top level to the designed set of files.
export default getViteConfig({
	test: {
		include: ['tests/**/*.test.ts'],
		reporters: ['default', './tests/helpers/summary-reporter.ts'],
		// One production build, served once, shared by the dist and browser tests.
		globalSetup: ['tests/helpers/global-setup.ts'],
		testTimeout: 60_000,
		hookTimeout: 240_000,
		// Two cores: more workers only fight over them.
		maxWorkers: 2,
		minWorkers: 1,
	},
});
