/** MDX → Markdown (src/lib/markdown.ts): what each MDX component becomes, through the hooks. */
import { describe, expect, test } from 'vitest';
import { heading, mdxToTree, stringify, table } from '~/lib/markdown';

const hooks = {
	ref: (to: string, page: number | undefined) => (page ? `${to}-p${page}` : to),
	datum: (key: string) => `<${key}>`,
	note: (kind: string, title: string | undefined) => `${kind}${title ? ` · ${title}` : ''}`,
	figure: (id: string) => [
		table(
			[
				['Company', 'Value'],
				['A', id],
			],
			['left', 'right'],
		),
	],
};
const md = (body: string) => stringify(mdxToTree(body, hooks));

describe('mdxToTree + stringify', () => {
	test('keeps heading ids and turns <Ref> into footnote references, in order', () => {
		expect(
			md('## 标题 \\{#strategic-compute}\n\n句子。<Ref to="report" page={6} /><Ref to="s1" />'),
		).toBe('## 标题 {#strategic-compute}\n\n句子。[^report-p6][^s1]\n');
	});

	test('<Datum> prints its value; other inline elements keep only their text', () => {
		expect(md('Total <Datum of="capex:total" /> (<span lang="zh-CN">算力</span>).')).toBe(
			'Total \\<capex:total> (算力).\n',
		);
	});

	test('<Note> is a quote block whose first line names its kind and title', () => {
		expect(md('<Note kind="uncertain" title="读法">\nText.<Ref to="r" />\n</Note>')).toBe(
			'> **uncertain · 读法**\n>\n> Text.[^r]\n',
		);
	});

	test('<Figure> is replaced by the blocks the hook gives', () => {
		expect(md('<Figure id="capex" />')).toBe('| Company | Value |\n| :- | -: |\n| A | capex |\n');
	});

	test('heading() writes the id in braces', () => {
		expect(stringify({ type: 'root', children: [heading(2, 'Sources', 'sources')] })).toBe(
			'## Sources {#sources}\n',
		);
	});
});
