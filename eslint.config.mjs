// @ts-check
// ESLint owns correctness and the direction of dependencies; Prettier owns layout.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import astro from 'eslint-plugin-astro';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * The layers, as zones of paths: what files in `target` may not import from `from`. The imports are
 * resolved first (the `~/` alias, relative paths, extensions, `import()`), so every spelling of an
 * import meets the same rule; one setting holds every zone, so no block can replace another.
 * What a file reaches through other files is checked by dependency-cruiser
 * (.dependency-cruiser.mjs, `npm run lint`).
 */
const COMPONENTS = ['./src/components', './src/layouts', './src/pages'];
/** Code the browser runs: it never reaches what only runs at build time. */
const BROWSER = ['./src/client', './src/sw'];
/** The data layer: schemas, the content module and what it validates, formats and presents. */
const DATA_LAYER = [
	'./src/content.config.ts',
	'./src/lib/*.ts',
	'./src/lib/figures/{kind,registry,shared}.ts',
	'./src/lib/figures/*/index.ts',
];
/** Build-time modules: Astro's collections, build plugins, schemas and the full dictionaries. */
const BUILD_ONLY = [
	'./src/integrations',
	'./src/content.config.ts',
	'./src/lib/content.ts',
	'./src/lib/validate.ts',
	'./src/lib/schema.ts',
	'./src/lib/cards.ts',
	'./src/lib/images',
	'./src/lib/search/pinyin-table.ts',
	'./src/lib/figures/registry.ts',
	'./src/lib/figures/capex/index.ts',
	'./src/lib/figures/datacenters/index.ts',
	'./src/i18n/index.ts',
	'./src/i18n/zh/index.ts',
	'./src/i18n/en/index.ts',
	'./node_modules/zod',
	'./node_modules/astro',
	'./node_modules/pinyin-pro',
];
const ZONES = [
	{
		target: ['./src/lib', './src/integrations', './src/i18n', ...BROWSER],
		from: COMPONENTS,
		message:
			'src/lib, build plugins and browser code never import components: pass data the other way.',
	},
	{
		target: DATA_LAYER,
		from: ['./node_modules/chart.js', './src/client', './src/lib/figures/chart-common.ts'],
		message: 'The data layer never imports the chart layer.',
	},
	{
		target: DATA_LAYER,
		from: ['./src/lib/figures/*/chart.ts'],
		message: 'The data layer never imports the chart layer.',
	},
	{ target: BROWSER, from: BUILD_ONLY, message: 'Browser code never imports build-time modules.' },
];

/** Names no path can stand for: Astro's virtual modules and Node's built-ins. */
const COLLECTION_READ = {
	name: 'astro:content',
	importNames: ['getCollection', 'getEntry', 'getEntries'],
	message: 'Read collections through src/lib/content.ts, the one content module.',
};
const LIBRARY_IN_CHROME = {
	group: ['~/lib/content', '**/lib/content', '**/lib/content.ts'],
	importNames: ['getLibrary'],
	message: 'Components get their data as props from the page; only MDX components look entries up.',
};
const VIRTUAL_IN_BROWSER = {
	group: ['astro:*', 'node:*'],
	message: 'Browser code never imports build-time modules.',
};
/** `import('astro:content')` (no-restricted-imports does not see dynamic imports). */
const dynamicImport = (/** @type {string} */ pattern, /** @type {string} */ message) => ({
	selector: `ImportExpression[source.value=${pattern}]`,
	message,
});

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
	{
		files: ['src/**/*.{ts,mjs,astro}'],
		plugins: { 'import-x': importX },
		settings: {
			'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
		},
		rules: { 'import-x/no-restricted-paths': ['error', { zones: ZONES }] },
	},
	// Names without a path, in two blocks over files that never overlap: browser code may import
	// none of them; everything else reads collections only through the content module.
	{
		files: ['src/client/**/*.ts', 'src/sw/**/*.ts'],
		rules: {
			'no-restricted-imports': ['error', { patterns: [VIRTUAL_IN_BROWSER] }],
			'no-restricted-syntax': [
				'error',
				dynamicImport('/^(astro|node):/', VIRTUAL_IN_BROWSER.message),
			],
		},
	},
	{
		files: ['src/**/*.{ts,mjs,astro}'],
		ignores: ['src/client/**', 'src/sw/**', 'src/lib/content.ts'],
		rules: {
			'no-restricted-syntax': ['error', dynamicImport("'astro:content'", COLLECTION_READ.message)],
		},
	},
	{
		files: ['src/**/*.{ts,mjs,astro}'],
		ignores: ['src/client/**', 'src/sw/**', 'src/lib/content.ts', 'src/components/!(mdx)/**'],
		rules: { 'no-restricted-imports': ['error', { paths: [COLLECTION_READ] }] },
	},
	// Site chrome and page building blocks get their data as props.
	{
		files: ['src/components/!(mdx)/**/*.astro'],
		rules: {
			'no-restricted-imports': [
				'error',
				{ paths: [COLLECTION_READ], patterns: [LIBRARY_IN_CHROME] },
			],
		},
	},
	// Tools and tests run in Node and print what they measure.
	{ files: ['tests/**/*.{ts,mjs}'], rules: { 'no-console': 'off' } },
	// The unit project's files share their modules (tests/vitest.config.ts): a mock one file made
	// would stay for the files after it, and a module already loaded would miss it.
	{
		files: ['tests/unit/**/*.ts', 'tests/components/**/*.ts'],
		rules: {
			'no-restricted-properties': [
				'error',
				...['mock', 'doMock', 'unmock', 'doUnmock', 'resetModules'].map((property) => ({
					object: 'vi',
					property,
					message:
						'Unit files share their modules: mock in tests/helpers/setup-unit.ts, for every file.',
				})),
			],
		},
	},
	prettier,
);
