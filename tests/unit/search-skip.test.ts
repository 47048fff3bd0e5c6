/** The page highlights search words only where search looked: it skips what Pagefind left out. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { SKIP } from '~/client/actions/highlight';

test('the highlighter skips every selector the search index excludes (pagefind.json)', () => {
	const { exclude_selectors } = JSON.parse(
		readFileSync(join(process.cwd(), 'pagefind.json'), 'utf8'),
	) as { exclude_selectors: string[] };
	const skipped = SKIP.split(',').map((s) => s.trim());
	expect(exclude_selectors.length).toBeGreaterThan(0);
	expect(exclude_selectors.filter((s) => !skipped.includes(s))).toEqual([]);
});
