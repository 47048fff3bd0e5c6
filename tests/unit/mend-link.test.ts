import { describe, expect, test } from 'vitest';
import { closest, type Candidate } from '~/lib/guess-page';
import { decoded, mendId, mendPath } from '~/lib/mend-link';
import { PARTS, TRENDS } from '../helpers/report';

describe('mendPath: the path a mangled link meant', () => {
	test.each([
		// What chat apps glue to a link's end, full-width and ASCII, encoded as the browser sends it.
		['/trends/compute-infrastructure/%EF%BC%89', '/trends/compute-infrastructure/'],
		['/trends/compute-infrastructure%E3%80%82', '/trends/compute-infrastructure/'],
		['/t/5%EF%BC%8C', '/t/5/'],
		['/en/trends/ai-for-science%E2%80%9D', '/en/trends/ai-for-science/'],
		['/en/parts/china-time.', '/en/parts/china-time/'],
		['/about/).', '/about/'],
		['/glossary/%E2%80%A6%E2%80%A6', '/glossary/'],
		['/search/%20', '/search/'],
		// Case, full-width letters, doubled slashes, .html, a page's missing final slash.
		['/Trends/Embodied-Intelligence/', '/trends/embodied-intelligence/'],
		['/%EF%BC%B4rends/embodied-intelligence/', '/trends/embodied-intelligence/'],
		['//trends//inference-time', '/trends/inference-time/'],
		['/about.html', '/about/'],
		['/trends/inference-time/index.html', '/trends/inference-time/'],
		// A file keeps its extension.
		['/data/datacenters.csv%EF%BC%89', '/data/datacenters.csv'],
		['/trends/ai-hardware.md', '/trends/ai-hardware.md'],
		// A percent escape cut in half at the end of a link cut short.
		['/trends/embodied-intel%E3%80', '/trends/embodied-intel/'],
		['/trends/embodied-intel%E', '/trends/embodied-intel/'],
	])('%s → %s', (path, meant) => {
		expect(mendPath(path)).toBe(meant);
		// Once mended, unchanged: a 404 page never sends the reader round in a circle.
		expect(mendPath(meant)).toBe(meant);
	});

	test('a path that needs nothing stays as it is', () => {
		for (const path of ['/', '/en/', '/trends/inference-time/', '/og/trends/ai-hardware.png'])
			expect(mendPath(path)).toBe(path);
	});

	test('decoded: a malformed escape in the middle is left as it was', () => {
		expect(decoded('/a%ZZb/')).toBe('/a%ZZb/');
		expect(decoded('/%E5%85%B7%E8%BA%AB/')).toBe('/具身/');
	});
});

describe('mendId: the #id a mangled link meant', () => {
	test.each([
		['capex%EF%BC%89', 'capex'],
		['capex%E3%80%82', 'capex'],
		['dc-us-stargate.', 'dc-us-stargate'],
		['two-meanings%E2%80%9D%EF%BC%8C', 'two-meanings'],
		['capex', 'capex'],
	])('#%s → #%s', (id, meant) => expect(mendId(id)).toBe(meant));

	test('an id keeps its case', () => expect(mendId('Fig-1。')).toBe('Fig-1'));
});

describe('closest: the page a missing path most likely meant', () => {
	const trends = TRENDS.map((slug, i): Candidate => ({
		path: `trends/${slug}/`,
		label: `趋势 ${i + 1}`,
		n: i + 1,
	}));
	const pages: Candidate[] = [
		...PARTS.map((slug): Candidate => ({ path: `parts/${slug}/`, label: slug })),
		{ path: 'about/', label: '关于' },
		{ path: 'search/', label: '搜索' },
		...trends,
	];
	const meant = (path: string) => closest(path, pages)?.path;

	test.each([
		// Cut short, at any point past the third letter.
		['trends/embodied-intel/', 'trends/embodied-intelligence/'],
		['trends/emb/', 'trends/embodied-intelligence/'],
		['trends/compute-infra/', 'trends/compute-infrastructure/'],
		// Misspelt, within search's allowance for a word of that length.
		['trends/embodied-inteligence/', 'trends/embodied-intelligence/'],
		['trends/inferense-time/', 'trends/inference-time/'],
		['trends/open-sorce-china/', 'trends/open-source-china/'],
		['abuot/', 'about/'],
		// The right slug in the wrong folder; the folder wins a tie-break only.
		['trend/inference-time/', 'trends/inference-time/'],
		['trends/china-time/', 'parts/china-time/'],
		['parts/infrastructure-x/', 'parts/infrastructure/'],
		// A trend's number.
		['trends/5/', 'trends/embodied-intelligence/'],
		['t/05/', 'trends/embodied-intelligence/'],
		['trend/10/', 'trends/open-source-china/'],
		// A section added as a folder still finds its trend.
		['trends/compute-infrastructure/capex/', 'trends/compute-infrastructure/'],
	])('%s → %s', (path, page) => expect(meant(path)).toBe(page));

	test.each([
		// Nothing near: no guess.
		['nothing-here/'],
		['trends/quantum/'],
		['t/11/'],
		// Too short to say, or a tie (ai-native-chips, ai-hardware, ai-for-science all start "ai-"):
		// a guess among equals is no answer.
		['trends/ai/'],
		['trends/ai-/'],
		[''],
	])('%s → nothing', (path) => expect(meant(path)).toBeUndefined());
});
