/**
 * The language-independent skeleton of a trend's MDX body (heading ids, citations, notes, data),
 * read from the same syntax tree and with the same readers the build uses (remark-mdx,
 * remark-heading-ids, remark-citations), so an attribute's order or quoting never changes it.
 */
import type { Heading } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { attribute } from '~/integrations/remark-citations.mjs';
import { headingId } from '~/integrations/remark-heading-ids.mjs';
import type { TwinFacts } from './validate';

const parser = unified().use(remarkParse).use(remarkMdx);

export function twinFacts(
	body: string,
	file = 'mdx',
): Pick<TwinFacts, 'headings' | 'refs' | 'notes' | 'data'> {
	const tree = parser.parse(body);
	const facts = { headings: [] as string[], refs: [] as string[], notes: [] as string[] };
	const data: string[] = [];
	visit(tree, (node) => {
		if (node.type === 'heading') {
			const id = headingId(node as Heading)?.id;
			if (id) facts.headings.push(id);
			return;
		}
		if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
		const el = node as MdxJsxFlowElement | MdxJsxTextElement;
		const where = `${file}:${el.position?.start.line ?? '?'}`;
		const read = (name: string) => String(attribute(el, name, where) ?? '?');
		if (el.name === 'Ref') {
			const page = attribute(el, 'page', where);
			facts.refs.push(`${read('to')}${page === undefined ? '' : ` p.${page}`}`);
		} else if (el.name === 'Note') facts.notes.push(read('kind'));
		else if (el.name === 'Datum') data.push(`Datum ${read('of')}`);
		else if (el.name === 'Figure') data.push(`Figure ${read('id')}`);
	});
	return { ...facts, refs: facts.refs.sort(), data: data.sort() };
}
