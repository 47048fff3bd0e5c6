/**
 * A small stand-in for `astro:content`: fixture collections (a report, two parts, three trends, a
 * few sources) behind getCollection / getEntry / getEntries. Vitest cannot read the real collections
 * (style.md §4.3), so code that reads them is tested against these: the unit project mocks
 * `astro:content` with `astroContent(LIBRARY_FIXTURE)` for every file (helpers/setup-unit.ts), and
 * no file mocks it again (the project's files share their modules).
 *
 * The fixtures are typed by the real schemas (CollectionEntry), so `astro check` flags them when the
 * content model changes. They are invented, not the report's content, so tests do not follow edits.
 */
import type { CollectionEntry, CollectionKey } from 'astro:content';

type Ref<C extends CollectionKey> = { collection: C; id: string };
const ref = <C extends CollectionKey>(collection: C, id: string): Ref<C> => ({ collection, id });

export type Collections = { [C in CollectionKey]: CollectionEntry<C>[] };

const source = (
	id: string,
	data: CollectionEntry<'sources'>['data'],
): CollectionEntry<'sources'> => ({ id, collection: 'sources', data });

export const SOURCES: CollectionEntry<'sources'>[] = [
	source('report', {
		kind: 'report',
		short: '报告',
		title: '示例年度报告',
		publisher: '示例智库',
		date: '2025-12',
		en: { short: 'Report', publisher: 'Example Think Tank', title: 'Example Annual Report' },
	}),
	source('s1-daily', {
		kind: 'coverage',
		short: '示例日报',
		title: '示例日报对报告的报道',
		publisher: '示例日报',
		date: '2025-12-10',
		url: 'https://news.example.org/report',
		en: {
			short: 'Example Daily',
			publisher: 'Example Daily',
			title: 'Example Daily on the report',
		},
	}),
	source('x-check', {
		kind: 'crosscheck',
		short: '核对',
		title: '用来核对数字的公开资料',
		publisher: '示例公司',
		url: 'https://corp.example.org/facts',
		note: '只用来核对数字。',
		en: {
			short: 'Check',
			publisher: 'Example Corp',
			title: 'Public material used to check numbers',
			note: 'Used only to check numbers.',
		},
	}),
];

export const REPORT: CollectionEntry<'report'> = {
	id: 'report',
	collection: 'report',
	data: {
		title: '示例年度报告',
		titleEn: 'Example Annual Report',
		publisher: '示例智库',
		publisherEn: 'Example Think Tank',
		year: 2025,
		released: new Date(Date.UTC(2025, 11, 10)),
		releasedNote: '最早的公开报道日期。',
		releasedSources: [ref('sources', 's1-daily')],
		framing: {
			from: '起点',
			to: '终点',
			text: '从起点走向终点。',
			sources: [ref('sources', 's1-daily')],
		},
		secondFraming: { text: '另一条线索。', sources: [ref('sources', 's1-daily')] },
		audience: '读者',
		foreword: ['序言第一段。', '序言第二段。'],
		en: {
			releasedNote: 'Earliest public coverage.',
			framing: { from: 'start', to: 'end', text: 'From start to end.' },
			secondFraming: { text: 'Another thread.' },
			audience: 'readers',
			foreword: ['Foreword one.', 'Foreword two.'],
		},
	},
};

const part = (
	id: string,
	number: number,
	title: string,
	titleEn: string,
): CollectionEntry<'parts'> => ({
	id,
	collection: 'parts',
	data: {
		number,
		title,
		titleEn,
		themes: [`${title}主题一`, `${title}主题二`],
		intro: `${title}的导语。`,
		introSource: { id: ref('sources', 'report'), page: number + 1 },
		en: { themes: [`${titleEn} theme one`, `${titleEn} theme two`], intro: `${titleEn} intro.` },
	},
});

export const PARTS: CollectionEntry<'parts'>[] = [
	part('first-part', 1, '第一部分', 'Part One'),
	part('second-part', 2, '第二部分', 'Part Two'),
];

const trend = (
	number: number,
	slug: string,
	partId: string,
	titleLines: [string, string],
	figures: CollectionEntry<'trends'>['data']['figures'] = [],
): CollectionEntry<'trends'> => ({
	id: slug,
	collection: 'trends',
	data: {
		number,
		slug,
		part: ref('parts', partId),
		partPlacement: 'stated',
		title: titleLines.join('，'),
		titleLines,
		titleEn: `Trend ${number}`,
		summary: `趋势${number}的摘要：${titleLines[0]}，${titleLines[1]}。`,
		keywords: [`关键词${number}`, `keyword ${number}`, slug],
		sources: [
			{ id: ref('sources', 'report'), page: number + 2 },
			{ id: ref('sources', 's1-daily') },
		],
		figures,
	},
});

export const TRENDS: CollectionEntry<'trends'>[] = [
	trend(1, 'compute-first', 'first-part', ['算力先行', '基础设施重估'], ['capex']),
	trend(2, 'chips-next', 'first-part', ['芯片随后', '需求重塑设计']),
	trend(3, 'models-third', 'second-part', ['模型第三', '推理倒逼创新']),
];

export const GLOSSARY: CollectionEntry<'glossary'>[] = [
	{
		id: 'compute',
		collection: 'glossary',
		data: {
			term: '算力',
			aliases: [],
			once: false,
			listed: true,
			definition: '示例术语的背景解释。',
			en: {
				term: 'compute',
				aliases: [],
				variants: [],
				caseSensitive: false,
				definition: 'An example definition.',
			},
		},
	},
];

export const FIXTURE: Collections = {
	report: [REPORT],
	parts: PARTS,
	trends: TRENDS,
	sources: SOURCES,
	datasets: [],
	glossary: GLOSSARY,
	pages: [],
};

/** The English twin of a fixture trend (content/trends/en/<slug>.mdx): no titleEn, English words. */
const twin = (zh: CollectionEntry<'trends'>): CollectionEntry<'trends'> => {
	const { titleEn, ...data } = zh.data;
	return {
		...zh,
		id: `en/${zh.id}`,
		data: {
			...data,
			title: titleEn ?? zh.data.slug,
			titleLines: [`Trend ${zh.data.number} head`, `Trend ${zh.data.number} tail`],
			summary: `Summary of trend ${zh.data.number}.`,
		},
	};
};

/**
 * For code that goes through getLibrary(), which stops unless there are exactly ten trends, each
 * with its English twin: the fixture with seven more trends like the first three, and the twins.
 */
const TEN = [
	...TRENDS,
	...[4, 5, 6, 7, 8, 9, 10].map((n) =>
		trend(n, `trend-${n}`, n < 7 ? 'first-part' : 'second-part', [`趋势${n}上句`, `趋势${n}下句`]),
	),
];
export const LIBRARY_FIXTURE: Collections = { ...FIXTURE, trends: [...TEN, ...TEN.map(twin)] };

/** The `astro:content` functions that read collections, over `collections`. */
export function astroContent(collections: Collections) {
	const list = <C extends CollectionKey>(name: C): CollectionEntry<C>[] => {
		const entries = collections[name];
		if (!entries) throw new Error(`astro:content stand-in: no collection "${String(name)}"`);
		return entries;
	};
	async function getEntry<C extends CollectionKey>(
		collectionOrRef: C | Ref<C>,
		id?: string,
	): Promise<CollectionEntry<C> | undefined> {
		const { collection, id: key }: Ref<C> =
			typeof collectionOrRef === 'string'
				? { collection: collectionOrRef, id: id ?? '' }
				: collectionOrRef;
		const entries: CollectionEntry<C>[] = list(collection);
		return entries.find((entry) => entry.id === key);
	}
	return {
		getCollection: async <C extends CollectionKey>(
			name: C,
			filter?: (entry: CollectionEntry<C>) => unknown,
		): Promise<CollectionEntry<C>[]> => (filter ? list(name).filter(filter) : [...list(name)]),
		getEntry,
		getEntries: <C extends CollectionKey>(refs: Ref<C>[]) =>
			Promise.all(refs.map((r) => getEntry(r))),
	};
}
