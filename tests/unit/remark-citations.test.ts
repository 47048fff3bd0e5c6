/** remark-citations lists every <Ref> of an MDX body from its syntax tree, however it is written. */
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, test } from 'vitest';
import { remarkCitations } from '~/integrations/remark-citations.mjs';
import { requireInlineCitations } from '~/lib/citations';

/** Runs the plugin the way @astrojs/mdx does: on a file that already carries its frontmatter. */
async function citationsOf(mdx: string): Promise<unknown> {
	const processor = unified().use(remarkParse).use(remarkMdx).use(remarkCitations);
	const file = new VFile({
		path: 'content/trends/t.mdx',
		value: mdx,
		data: { astro: { frontmatter: { title: 't' } } },
	});
	await processor.run(processor.parse(file), file);
	expect(file.data.astro?.frontmatter?.title).toBe('t');
	return file.data.astro?.frontmatter?.citations;
}

describe('remarkCitations', () => {
	test('reads to and page in any order and form, in document order', async () => {
		const mdx = [
			'## 标题 \\{#a}',
			'',
			'甲。<Ref to="report" page={6} />乙。<Ref page={3} to="s2-bjbusiness" />',
			'',
			'丙。<Ref to="report" page="6" /> 丁。<Ref page="12" to={"report"} />',
			'',
			'<Ref to="s1-singtao" />',
			'',
			'<Note kind="gap">',
			'戊。<Ref   to="aws-germany"',
			'   page={ 2 } />',
			'</Note>',
		].join('\n');
		expect(await citationsOf(mdx)).toEqual([
			{ id: 'report', page: 6 },
			{ id: 's2-bjbusiness', page: 3 },
			{ id: 'report', page: 6 },
			{ id: 'report', page: 12 },
			{ id: 's1-singtao' },
			{ id: 'aws-germany', page: 2 },
		]);
	});

	test('lists nothing, as an empty list, for a body without <Ref>', async () => {
		expect(await citationsOf('只有正文。<Datum of="capex:total" />')).toEqual([]);
	});

	test('stops the build on a <Ref> whose citation cannot be read', async () => {
		await expect(citationsOf('甲。<Ref page={6} />')).rejects.toThrow(
			/content\/trends\/t\.mdx:1: <Ref> needs to="source-id"/,
		);
		await expect(citationsOf('甲。<Ref to={id} />')).rejects.toThrow(/<Ref to> must be a plain/);
		await expect(citationsOf('甲。<Ref to="report" page="six" />')).rejects.toThrow(
			/<Ref page> must be a page number, not "six"/,
		);
		await expect(citationsOf('甲。<Ref {...props} />')).rejects.toThrow(/spreads attributes/);
	});
});

describe('requireInlineCitations', () => {
	test('passes the plugin list through and refuses a missing or malformed one', () => {
		const list = [{ id: 'report', page: 6 }, { id: 's1' }];
		expect(requireInlineCitations(list, 'x.mdx')).toEqual(list);
		expect(() => requireInlineCitations(undefined, 'x.mdx')).toThrow(/x\.mdx: no <Ref> list/);
		expect(() => requireInlineCitations([{ id: 'report', page: '6' }], 'x.mdx')).toThrow();
	});
});
