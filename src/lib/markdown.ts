/**
 * MDX → plain Markdown (GitHub Flavored, with footnotes), for the trends' .md files. Pure: the
 * caller says what each MDX component becomes (`MdxHooks`); this module only walks the tree. The
 * MDX is parsed with the same micromark extensions as the site's own build (remark-mdx), so what
 * the page renders and what the Markdown holds come from one parse of the same text.
 */
import type { BlockContent, Heading, PhrasingContent, Root, RootContent, Table } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';

type Jsx = MdxJsxFlowElement | MdxJsxTextElement;

/** What the trend's MDX components become in Markdown. */
export interface MdxHooks {
	/** `<Ref to page>`: the footnote label it points to. */
	ref: (to: string, page: number | undefined) => string;
	/** `<Datum of>`: the number as the page prints it. */
	datum: (key: string) => string;
	/** `<Note kind title>`: the bold first line of its quote block. */
	note: (kind: string, title: string | undefined) => string;
	/** `<Figure id>`: the blocks standing for the figure (its table, source line, links). */
	figure: (id: string) => RootContent[];
}

/** An attribute's static value: a string, or the text of `{…}` (`page={6}` gives "6"). */
function attr(node: Jsx, name: string): string | undefined {
	for (const a of node.attributes) {
		if (a.type !== 'mdxJsxAttribute' || a.name !== name) continue;
		if (typeof a.value === 'string') return a.value;
		return a.value?.value.trim().replace(/^(['"])(.*)\1$/, '$2');
	}
	return undefined;
}

const isJsx = (node: RootContent): node is Jsx =>
	node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';

function convertJsx(node: Jsx, hooks: MdxHooks): RootContent[] {
	switch (node.name) {
		case 'Ref': {
			const page = attr(node, 'page');
			const identifier = hooks.ref(attr(node, 'to') ?? '', page ? Number(page) : undefined);
			return [{ type: 'footnoteReference', identifier, label: identifier }];
		}
		case 'Datum':
			return [{ type: 'text', value: hooks.datum(attr(node, 'of') ?? '') }];
		case 'Figure':
			return hooks.figure(attr(node, 'id') ?? '');
		case 'Note': {
			const label = hooks.note(attr(node, 'kind') ?? '', attr(node, 'title'));
			const body = convertAll(node.children as RootContent[], hooks) as BlockContent[];
			const strong: PhrasingContent = {
				type: 'strong',
				children: [{ type: 'text', value: label }],
			};
			return [
				{
					type: 'blockquote',
					children: [{ type: 'paragraph', children: [strong] }, ...body],
				},
			];
		}
		default:
			// Inline markup such as <span lang="zh-CN">: its text stays, the element goes.
			return convertAll(node.children as RootContent[], hooks);
	}
}

function convertAll(nodes: readonly RootContent[], hooks: MdxHooks): RootContent[] {
	return nodes.flatMap((node): RootContent[] => {
		if (isJsx(node)) return convertJsx(node, hooks);
		// ESM and expressions carry no text of the report.
		if (node.type === 'mdxjsEsm' || node.type === 'mdxFlowExpression') return [];
		if (node.type === 'mdxTextExpression') return [];
		if ('children' in node) {
			return [
				{ ...node, children: convertAll(node.children as RootContent[], hooks) } as RootContent,
			];
		}
		return [node];
	});
}

/** The MDX body as a Markdown tree; headings keep their `{#id}` suffix as written. */
export function mdxToTree(body: string, hooks: MdxHooks): Root {
	const tree = unified().use(remarkParse).use(remarkMdx).parse(body);
	return { type: 'root', children: convertAll(tree.children, hooks) };
}

/** A heading with an explicit id, `## Title {#id}` (Pandoc, kramdown and Markdown Extra read it). */
export const heading = (depth: 1 | 2 | 3, text: string, id?: string): Heading => ({
	type: 'heading',
	depth,
	children: [{ type: 'text', value: id ? `${text} {#${id}}` : text }],
});

/** A GFM table: first row the header; a cell is text or phrasing nodes. */
export function table(
	rows: (string | PhrasingContent[])[][],
	align: ('left' | 'right' | null)[],
): Table {
	return {
		type: 'table',
		align,
		children: rows.map((cells) => ({
			type: 'tableRow',
			children: cells.map((cell) => ({
				type: 'tableCell',
				children: typeof cell === 'string' ? [{ type: 'text', value: cell }] : cell,
			})),
		})),
	};
}

/**
 * Serialise a tree: `-` bullets, `*` emphasis, footnotes and tables as GFM writes them. Table
 * columns are not padded: padding counts characters, so it cannot line up Chinese text anyway.
 */
export const stringify = (tree: Root): string =>
	unified()
		.use(remarkGfm, { tablePipeAlign: false })
		.use(remarkStringify, { bullet: '-', emphasis: '*', strong: '*', rule: '-' })
		.stringify(tree);
