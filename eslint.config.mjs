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
	group: ['chart.js', 'chart.js/**', '~/client/**', '**/chart', '**/chart.ts'],
	message: 'The data layer never imports the chart layer.',
};
const NO_BUILD_CODE = {
	group: ['astro:content', 'astro/zod', 'zod', '~/lib/content', '~/integrations/**', 'node:*'],
	message: 'Browser code never imports build-time modules.',
};
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
		},
	},
	// Everything in src reads collections only through the content module.
	{
		files: ['src/**/*.{ts,mjs,astro}'],
		rules: { 'no-restricted-imports': restrict([COLLECTION_READ], []) },
	},
	{
		files: ['src/lib/**/*.{ts,mjs}', 'src/figures/**/*.ts', 'src/integrations/**/*.{ts,mjs}'],
		rules: { 'no-restricted-imports': restrict([COLLECTION_READ], [NO_COMPONENTS]) },
	},
	// The data layer: collection schemas, the content module, validation, formatting, dataset schemas.
	{
		files: [
			'src/content.config.ts',
			'src/lib/content.ts',
			'src/lib/validate.ts',
			'src/lib/format.ts',
			'src/figures/**/data.ts',
			'src/figures/registry.ts',
			'src/figures/shared.ts',
		],
		rules: { 'no-restricted-imports': restrict([], [NO_COMPONENTS, NO_CHART_LAYER]) },
	},
	{
		files: ['src/lib/content.ts'],
		rules: { 'no-restricted-imports': restrict([], [NO_COMPONENTS, NO_CHART_LAYER]) },
	},
	{
		files: ['src/client/**/*.ts'],
		rules: { 'no-restricted-imports': restrict([], [NO_COMPONENTS, NO_BUILD_CODE]) },
	},
	// Tools and tests run in Node and print what they measure.
	{ files: ['tests/**/*.{ts,mjs}'], rules: { 'no-console': 'off' } },
	prettier,
);
