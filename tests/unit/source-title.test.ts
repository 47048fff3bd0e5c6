// How a source's title reads on each edition's pages (APA on English pages).
import type { CollectionEntry } from 'astro:content';
import { expect, test } from 'vitest';
import { sourceTitle } from '~/lib/localize';

const source = (data: Partial<CollectionEntry<'sources'>['data']>): CollectionEntry<'sources'> => ({
	id: 'x',
	collection: 'sources',
	data: {
		kind: 'coverage',
		short: '某报',
		title: '某报的报道标题',
		publisher: '某报',
		en: { short: 'Daily', publisher: 'The Daily', title: 'The headline in English' },
		...data,
	},
});

test('a Chinese headline is shown as written, then its English rendering in brackets', () => {
	expect(sourceTitle(source({}), 'en')).toEqual({
		original: '某报的报道标题',
		title: 'The headline in English',
	});
	expect(sourceTitle(source({}), 'zh-CN')).toEqual({ title: '某报的报道标题' });
});

test("a title that is this site's description is the English description in brackets", () => {
	const described = source({ title: '某报对报告的摘要', described: true });
	expect(sourceTitle(described, 'en')).toEqual({ title: '[The headline in English]' });
	expect(sourceTitle(described, 'zh-CN')).toEqual({ title: '某报对报告的摘要' });
});
