// @ts-check
// The browser's scripts named with 6 characters of hash instead of Rollup's 8: 36 bits, so no two
// builds of one chunk collide, and 2 bytes less each time a script names another. The boot script
// names eight chunks and every page counts its bytes against 1 KB (tests/built/budgets.test.ts).
// A plugin for the client build only: the prerendering build names its server chunks itself.

/** @type {(dir: string) => string} */
const pattern = (dir) => `${dir}/[name].[hash:6].js`;

/**
 * @param {string} assets the folder the build puts scripts in (Astro's build.assets)
 * @returns {import('vite').Plugin}
 */
export function shortHashes(assets) {
	return {
		name: 'short-hashes',
		apply: 'build',
		applyToEnvironment: (environment) => environment.config.consumer === 'client',
		outputOptions(output) {
			return { ...output, entryFileNames: pattern(assets), chunkFileNames: pattern(assets) };
		},
	};
}
