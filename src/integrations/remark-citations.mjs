// @ts-check
// Lists every inline <Ref to="…" page={…} /> of a trend, in document order, from the parsed MDX
// rather than from a regex over its source: attribute order, quoting and `page="6"` vs `page={6}`
// then cannot make a citation slip out of the trend's source list. The list lands on the entry's
// remark frontmatter, which `render(entry)` returns as `remarkPluginFrontmatter.citations`.
import { visit } from 'unist-util-visit';

/** @typedef {import('mdast-util-mdx-jsx').MdxJsxFlowElement} FlowElement */
/** @typedef {import('mdast-util-mdx-jsx').MdxJsxTextElement} TextElement */
/** @typedef {{ id: string, page?: number }} InlineCitation */

/**
 * The static value of one attribute of an MDX element: a string, or the literal inside `{…}`;
 * `undefined` when the attribute is absent. Also read by the twin check (src/lib/twin-facts.ts).
 * @param {FlowElement | TextElement} node
 * @param {string} name
 * @param {string} where `file:line`, for errors
 * @returns {string | number | undefined}
 */
export function attribute(node, name, where) {
	for (const attr of node.attributes) {
		if (attr.type === 'mdxJsxExpressionAttribute')
			throw new Error(`${where}: <${node.name} {...}> spreads attributes; write each one out`);
		if (attr.name !== name) continue;
		const { value } = attr;
		if (typeof value === 'string') return value;
		// `{6}` or `{'report'}`: remark-mdx attaches the parsed expression; only a literal is static.
		const statement = value?.data?.estree?.body[0];
		const literal = statement?.type === 'ExpressionStatement' ? statement.expression : undefined;
		if (
			literal?.type === 'Literal' &&
			(typeof literal.value === 'string' || typeof literal.value === 'number')
		)
			return literal.value;
		throw new Error(
			`${where}: <${node.name} ${name}> must be a plain string or number, not {${value?.value ?? ''}}`,
		);
	}
	return undefined;
}

/** @returns {(tree: import('mdast').Root, file: import('vfile').VFile) => void} */
export function remarkCitations() {
	return (tree, file) => {
		/** @type {InlineCitation[]} */
		const citations = [];
		visit(tree, (node) => {
			if (node.type !== 'mdxJsxTextElement' && node.type !== 'mdxJsxFlowElement') return;
			if (node.name !== 'Ref') return;
			const where = `${file.path ?? 'unknown file'}:${node.position?.start.line ?? '?'}`;
			const id = attribute(node, 'to', where);
			if (typeof id !== 'string' || !id) throw new Error(`${where}: <Ref> needs to="source-id"`);
			const page = attribute(node, 'page', where);
			if (page === undefined) {
				citations.push({ id });
				return;
			}
			const number =
				typeof page === 'number' ? page : /^\s*\d+\s*$/.test(page) ? Number(page) : NaN;
			if (!Number.isInteger(number) || number < 1)
				throw new Error(`${where}: <Ref page> must be a page number, not "${page}"`);
			citations.push({ id, page: number });
		});
		file.data.astro ??= {};
		(file.data.astro.frontmatter ??= {}).citations = citations;
	};
}
