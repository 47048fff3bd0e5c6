// @ts-check
// ESLint owns correctness and the direction of dependencies; Prettier owns layout.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * The layers and what each may not import. ESLint applies one `no-restricted-imports` setting per
 * file (a later match replaces an earlier one), so each layer's list is complete on its own.
 */
const COLLECTION_READ = {
	name: 'astro:content',
	importNames: ['getCollection', 'getEntry', 'getEntries'],
	message: 'Read collections through src/lib/content.ts, the one content module.',
};
const NO_COMPONENTS = {
	group: ['~/components/**', '~/layouts/**', '**/*.astro'],
	message: 'src/lib and browser code never import components: pass data the other way.',
};
const NO_CHART_LAYER = {
	group: ['chart.js', 'chart.js/**', '~/client/**', '**/chart', '**/chart-common'],
	message: 'The data layer never imports the chart layer.',
};
const LIBRARY_IN_CHROME = {
	name: '~/lib/content',
	importNames: ['getLibrary'],
	message: 'Components get their data as props from the page; only MDX components look entries up.',
};
const NO_BUILD_CODE = {
	group: ['astro:content', 'astro/zod', 'zod', '~/lib/content', '~/integrations/**', 'node:*'],
	message: 'Browser code never imports build-time modules.',
};
/**
 * @param {{ name: string, importNames?: string[], message: string }[]} paths
 * @param {{ group: string[], message: string }[]} patterns
 * @returns {import('eslint').Linter.RuleEntry}
 */
const restrict = (paths, patterns) => ['error', { paths, patterns }];

export default tseslint.config(
	{ ignores: ['dist/', 'dist-*/', '.astro/', 'node_modules/', 'coverage/', 'test-results/'] },
	js.configs.recommended,
	...tseslint.configs.recommended,
	...astro.configs.recommended,
	...astro.configs['jsx-a11y-recommended'],
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
			],
			'@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
			'no-console': 'error',
			// A scrollable region (a wide table) must be focusable so keyboard users can scroll it
			// (WCAG 2.1.1; axe's scrollable-region-focusable): allow tabindex on <section>, the named
			// region html-validate asks for (the rule does not see a section's implicit region role).
			'astro/jsx-a11y/no-noninteractive-tabindex': [
				'error',
				{ tags: ['section'], roles: ['tabpanel'] },
			],
		},
	},
	// Everything in src reads collections only through the content module.
	{
		files: ['src/**/*.{ts,mjs,astro}'],
		rules: { 'no-restricted-imports': restrict([COLLECTION_READ], []) },
	},
	// Site chrome and page building blocks get their data as props.
	{
		files: ['src/components/**/*.astro'],
		ignores: ['src/components/mdx/**'],
		rules: { 'no-restricted-imports': restrict([COLLECTION_READ, LIBRARY_IN_CHROME], []) },
	},
	// Logic and build plugins never reach up into components.
	{
		files: ['src/lib/**/*.{ts,mjs}', 'src/integrations/**/*.{ts,mjs}'],
		rules: { 'no-restricted-imports': restrict([COLLECTION_READ], [NO_COMPONENTS]) },
	},
	// The data layer (schemas, the content module, validation, formatting, figure data and views)
	// never imports the chart layer (Chart.js configs and the browser code that draws them).
	{
		files: [
			'src/content.config.ts',
			'src/lib/content.ts',
			'src/lib/validate.ts',
			'src/lib/format.ts',
			'src/lib/figures/**/*.ts',
		],
		ignores: ['src/lib/figures/**/chart.ts', 'src/lib/figures/chart-common.ts'],
		rules: { 'no-restricted-imports': restrict([], [NO_COMPONENTS, NO_CHART_LAYER]) },
	},
	// Browser code (the service worker too): no components, nothing that only runs at build time.
	{
		files: ['src/client/**/*.ts', 'src/sw/**/*.ts'],
		rules: { 'no-restricted-imports': restrict([], [NO_COMPONENTS, NO_BUILD_CODE]) },
	},
	// Tools and tests run in Node and print what they measure.
	{ files: ['tests/**/*.{ts,mjs}'], rules: { 'no-console': 'off' } },
	prettier,
);
