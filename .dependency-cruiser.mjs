// What browser code reaches through other files (ESLint's zones see one import at a time): the
// service worker and src/client must not pull in, at any depth, a module that only runs at build
// time. Type-only imports are erased and do not count. `npm run lint` runs it.
import { builtinModules } from 'node:module';

/** Node's built-in modules as dependency-cruiser names them (`node:fs` is `fs`). */
const NODE_BUILTINS = `^(${builtinModules.map((m) => m.replace(/[/]/g, '[/]')).join('|')})$`;

/** @type {import('dependency-cruiser').IConfiguration} */
export default {
	forbidden: [
		{
			name: 'browser-reaches-build-code',
			comment: 'Browser code never reaches build-time modules, directly or through others.',
			severity: 'error',
			from: { path: '^src/(client|sw)/' },
			to: {
				reachable: true,
				path: [
					'^src/(integrations|pages|components|layouts)/',
					'^src/content\\.config\\.ts$',
					'^src/lib/(content|validate|schema|cards)\\.ts$',
					'^src/lib/images/',
					'^src/lib/search/pinyin-table\\.ts$',
					'^src/lib/figures/(registry|[^/]+/index)\\.ts$',
					'^src/i18n/(index|zh/index|en/index)\\.ts$',
					'(^|/)node_modules/(zod|astro|pinyin-pro)/',
				],
			},
		},
		{
			name: 'browser-reaches-virtual-or-node',
			comment: "Astro's virtual modules and Node's built-ins do not exist in the browser.",
			severity: 'error',
			from: { path: '^src/(client|sw)/' },
			to: { reachable: true, path: ['^astro:', NODE_BUILTINS] },
		},
	],
	options: {
		doNotFollow: { path: 'node_modules' },
		tsConfig: { fileName: 'tsconfig.json' },
		// Dependencies as the compiled code has them: type-only imports are erased.
		tsPreCompilationDeps: false,
		exclude: { path: '[.](css|svg|png)' },
	},
};
