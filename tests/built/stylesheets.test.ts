/**
 * A page links only the stylesheets the site links on purpose (`import href from '….css?url'` in a
 * layout or component). A plain `import './x.css'` in browser code that loads later would make
 * Astro add that file to every page that can reach the code, as one more stylesheet: in dev the
 * styles look right, in the build the page pays for them up front. This names the stray file.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { DIST, htmlFiles, urlPath } from '../helpers/dist';

/** Every `~/styles/<name>.css?url` import in the page-building code (layouts, components, pages). */
function linkedOnPurpose(dir = 'src'): Set<string> {
	const names = new Set<string>();
	for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
		if (!entry.isFile() || !/\.(astro|ts)$/.test(entry.name)) continue;
		const path = join(entry.parentPath, entry.name);
		if (path.includes(`${join('src', 'client')}`)) continue;
		for (const m of readFileSync(path, 'utf8').matchAll(/styles\/(?:[\w-]+\/)*([\w-]+)\.css\?url/g))
			names.add(m[1] ?? '');
	}
	return names;
}

test('every stylesheet a page links is one a layout or component links on purpose', () => {
	const allowed = linkedOnPurpose();
	expect(allowed.size).toBeGreaterThan(3);
	const stray = htmlFiles().flatMap((file) =>
		[
			...readFileSync(file, 'utf8').matchAll(
				/<link rel="stylesheet" href="[^"]*\/([\w-]+)\.[\w-]+\.css"/g,
			),
		]
			.map((m) => m[1] ?? '')
			.filter((name) => !allowed.has(name))
			.map((name) => `${urlPath(file)}: ${name}.css`),
	);
	expect(stray).toEqual([]);
});

/**
 * The cascade-layer order is fixed by the first stylesheet a page links (no inline style: the CSP
 * allows none). Its first layer rule must name the layers in the order the site's rules assume, or
 * a later stylesheet that opens `components` first would put it under `base`.
 */
test("each page's first stylesheet opens with the layers in the site's order", () => {
	const wrong = htmlFiles().flatMap((file) => {
		const first = /<link rel="stylesheet" href="([^"]+\.css)"/.exec(readFileSync(file, 'utf8'));
		if (!first?.[1]) return [];
		const css = readFileSync(join(DIST, first[1]), 'utf8');
		const layers = [...css.matchAll(/@layer ([\w-]+)\s*[;{]/g)].map((m) => m[1]);
		const order = [...new Set(layers)];
		return order.join() === 'theme,base,components,utilities'
			? []
			: [`${urlPath(file)}: ${order.join()}`];
	});
	expect(wrong).toEqual([]);
});
