/**
 * A page links only the stylesheets the site links on purpose (`import href from '….css?url'` in a
 * layout or component). A plain `import './x.css'` in browser code that loads later would make
 * Astro add that file to every page that can reach the code, as one more stylesheet: in dev the
 * styles look right, in the build the page pays for them up front. This names the stray file.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { htmlFiles, urlPath } from '../helpers/dist';

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
