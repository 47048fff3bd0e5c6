/**
 * The report as Markdown: /trends/<slug>.md per edition against the built page (every heading id,
 * every citation in order), its figure tables against /data/*.json, and /llms.txt per edition.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { distHas, readDist } from '../helpers/dist';

const EDITIONS = [
	{ lang: 'zh-CN', prefix: '' },
	{ lang: 'en', prefix: 'en/' },
] as const;

/** The ten trend slugs, from the built home page's links (not from the content). */
const slugs = (prefix: string): string[] => {
	const doc = parseHTML(readDist(`${prefix}index.html`)).document;
	const found = [...doc.querySelectorAll('a[href*="/trends/"]')].map(
		(a) => /\/trends\/([a-z0-9-]+)\/$/.exec(a.getAttribute('href') ?? '')?.[1] ?? '',
	);
	return [...new Set(found.filter(Boolean))];
};

/** Footnote references in the text, in order (not the `[^x]:` definitions). */
const footnoteRefs = (md: string): string[] =>
	[...md.matchAll(/\[\^([^\]]+)\](?!:)/g)].map((m) => m[1] ?? '');

/** The rows of the Markdown table that follows a figure's link, as cell texts. */
function figureTable(md: string, figId: string): string[][] {
	const start = md.indexOf(`#${figId})`);
	expect(start, figId).toBeGreaterThan(0);
	const lines = md.slice(start).split('\n');
	const first = lines.findIndex((l) => l.startsWith('|'));
	const rows: string[][] = [];
	for (const line of lines.slice(first)) {
		if (!line.startsWith('|')) break;
		rows.push(
			line
				.slice(1, -1)
				.split(' | ')
				.map((c) => c.trim()),
		);
	}
	return rows.slice(2); // header and alignment rows
}

interface CapexJson {
	rows: { company: string; values: Record<string, number> }[];
	series: { key: string }[];
}
interface DatacentersJson {
	rows: { investor: string; investorEn?: string; amount: number; currency: 'USD' | 'EUR' }[];
}

/**
 * An amount as the table prints it, read back to billions and a currency without the site's
 * formatter: 78亿欧元 / 约200亿美元 / 超过1000亿美元, €7.8 bn / more than US$100 bn.
 */
function readAmount(text: string): { amount: number; currency: string } {
	const zh = /([\d.]+)亿(欧元|美元)/.exec(text);
	if (zh) return { amount: Number(zh[1]) / 10, currency: zh[2] === '欧元' ? 'EUR' : 'USD' };
	const en = /(€|US\$)\s?([\d.]+) bn/.exec(text);
	if (en) return { amount: Number(en[2]), currency: en[1] === '€' ? 'EUR' : 'USD' };
	throw new Error(`not an amount: ${text}`);
}

describe.each(EDITIONS)('the trends as Markdown ($lang)', ({ prefix }) => {
	const trends = slugs(prefix);

	test('there is one .md per trend page', () => {
		expect(trends).toHaveLength(10);
		for (const slug of trends) expect(distHas(`${prefix}trends/${slug}.md`), slug).toBe(true);
	});

	test.each(trends)(
		'%s.md keeps every heading id and every citation of its page, in order',
		(slug) => {
			const md = readDist(`${prefix}trends/${slug}.md`);
			const doc = parseHTML(readDist(`${prefix}trends/${slug}/index.html`)).document;
			const ids = [...doc.querySelectorAll('.text-col :is(h2, h3)[id]')].map((h) => h.id);
			expect(ids.length).toBeGreaterThan(3);
			for (const id of ids)
				expect(md, `#${id}`).toMatch(new RegExp(`^#{2,3} .+ \\{#${id}\\}$`, 'm'));

			// Each <Ref> of the page: [报告 p.6] → #src-report → footnote "report-p6".
			const cited = [...doc.querySelectorAll('.text-col sup.ref a')].map((a) => {
				const id = (a.getAttribute('href') ?? '').replace(/^#src-/, '');
				const page = / p\.(\d+)\]$/.exec(a.textContent ?? '')?.[1];
				return page ? `${id}-p${page}` : id;
			});
			expect(cited.length).toBeGreaterThan(0);
			expect(footnoteRefs(md)).toEqual(cited);

			// Each footnote is defined once and points to the source's entry on the page.
			const url = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '';
			expect(url).toMatch(new RegExp(`/trends/${slug}/$`));
			expect(md).toContain(`<${url}>`);
			for (const label of new Set(cited)) {
				const source = label.replace(/-p\d+$/, '');
				const defs = md.match(new RegExp(`^\\[\\^${label}\\]: \\[[^\\]]+\\]\\(([^)]+)\\)`, 'gm'));
				expect(defs, label).toHaveLength(1);
				expect(defs?.[0]).toContain(`(${url}#src-${source})`);
				expect(doc.getElementById(`src-${source}`), source).not.toBeNull();
			}
		},
	);

	test('the figure tables hold the numbers of /data/*.json', () => {
		const md = readDist(`${prefix}trends/compute-infrastructure.md`);
		const capex = JSON.parse(readDist('data/capex.json')) as CapexJson;
		const rows = figureTable(md, 'fig-capex');
		const body = rows.slice(0, capex.rows.length);
		expect(body.map((r) => r[0])).toEqual(capex.rows.map((r) => r.company));
		for (const [i, row] of capex.rows.entries())
			expect(body[i]?.slice(1, 1 + capex.series.length).map(Number)).toEqual(
				capex.series.map((s) => row.values[s.key]),
			);

		const dc = JSON.parse(readDist('data/datacenters.json')) as DatacentersJson;
		const amounts = figureTable(md, 'fig-datacenters')
			.filter((r) => !r[0]?.startsWith('**'))
			.map((r) => ({ investor: r[1], ...readAmount(r[2] ?? '') }));
		const expected = dc.rows.map((r) => ({
			investor: prefix ? (r.investorEn ?? r.investor) : r.investor,
			amount: r.amount,
			currency: r.currency,
		}));
		const key = (r: { investor?: string; amount: number; currency: string }) =>
			`${r.investor} ${r.amount} ${r.currency}`;
		expect(amounts.map(key).sort()).toEqual(expected.map(key).sort());
	});
});

describe.each(EDITIONS)('/$prefix' + 'llms.txt ($lang)', ({ prefix }) => {
	test('lists the report, its four parts and every trend with its page and its Markdown', () => {
		const txt = readDist(`${prefix}llms.txt`);
		expect(txt).toMatch(/^# .+\n\n> .+\n/);
		expect(txt.match(/^## /gm)).toHaveLength(5); // four parts and "Optional"
		const trends = slugs(prefix);
		const lines = txt.split('\n').filter((l) => l.includes('.md)'));
		expect(lines).toHaveLength(10);
		for (const slug of trends) {
			const line = lines.find((l) => l.includes(`/${prefix}trends/${slug}/)`)) ?? '';
			expect(line, slug).toContain(`/${prefix}trends/${slug}.md)`);
		}
		for (const [, path] of txt.matchAll(/\]\(https?:\/\/[^/]+\/([^)]*)\)/g))
			expect(distHas(path?.endsWith('/') || !path ? `${path}index.html` : (path ?? '')), path).toBe(
				true,
			);
	});
});

test('_headers serves the Markdown and llms.txt as UTF-8', () => {
	const headers = readDist('_headers');
	for (const prefix of ['', 'en/']) {
		expect(headers).toContain(
			`/${prefix}trends/*.md\n  Content-Type: text/markdown; charset=utf-8`,
		);
		expect(headers).toContain(`/${prefix}llms.txt\n  Content-Type: text/plain; charset=utf-8`);
	}
});
