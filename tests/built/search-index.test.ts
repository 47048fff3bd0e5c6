/** What Pagefind put in the built index: the pages' text without the inline citations. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { DIST, readDist } from '../helpers/dist';

/** Pagefind's fragments: gzip, then a signature, then one page's JSON. */
const fragments = (): { url: string; content: string }[] => {
	const dir = join(DIST, 'pagefind', 'fragment');
	return readdirSync(dir).map(
		(f) =>
			JSON.parse(
				gunzipSync(readFileSync(join(dir, f)))
					.toString('utf8')
					.replace(/^pagefind_dcd/, ''),
			) as { url: string; content: string },
	);
};

describe('the search index', () => {
	test('has every trend page, without its inline citations (sup.ref, pagefind.json)', () => {
		expect(readDist('trends/compute-infrastructure/index.html')).toContain(
			'<sup class="ref"><a href="#src-report">[报告 p.6]</a></sup>',
		);
		// One index per edition: ten Chinese and ten English trend pages.
		const all = fragments();
		expect(all).toHaveLength(20);
		expect(all.filter((p) => p.url.startsWith('/en/'))).toHaveLength(10);
		const pages = all.filter((p) => !p.url.startsWith('/en/'));
		const trend1 = pages.find((p) => p.url === '/trends/compute-infrastructure/');
		// Pagefind separates CJK characters with zero-width spaces.
		expect(trend1?.content.replace(/\u200b/g, '')).toContain('算力工厂');
		expect(pages.filter((p) => /\[[^\]]*p\.\u200b?\d/.test(p.content)).map((p) => p.url)).toEqual(
			[],
		);
		expect(pages.filter((p) => p.content.includes('[报告')).map((p) => p.url)).toEqual([]);
	});
});
