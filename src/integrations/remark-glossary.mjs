// @ts-check
// Links glossary terms in the trend texts at build: a term's first occurrence in each section (a
// `##` heading starts one; `once` terms: on the page) becomes a plain link to its glossary entry, which works without
// JavaScript and which the preview code (client/preview/) opens in place. Headings, links and every
// MDX element but <Note> are left alone, so an author opts a passage out by wrapping it, e.g. in
// `<span data-glossary="off">…</span>`. Every occurrence (linked or not) lands on the entry's remark
// frontmatter as `glossary: [{ id, section }]`: where each term appears is derived, never typed.
import { formsOf, readGlossary, termFinder } from './glossary-terms.mjs';

/** @typedef {import('mdast').Root} Root */
/** @typedef {import('mdast').Parent} Parent */
/** @typedef {import('mdast').RootContent} Node */
/** @typedef {{ id: string, section: string }} Occurrence */

/** Runs the trend texts get linked in; text outside them (e.g. a Note's title) is not. */
const LINKED_IN = new Set(['paragraph', 'listItem', 'list', 'strong', 'emphasis', 'blockquote']);

/**
 * @param {{ base?: string, glossary?: string }} [options] the site's base path; the glossary file
 * @returns {(tree: Root, file: import('vfile').VFile) => void}
 */
export function remarkGlossary(options = {}) {
	const entries = readGlossary(options.glossary);
	const base = (options.base ?? '/').replace(/\/?$/, '/');
	const once = new Set(entries.filter((e) => e.once).map((e) => e.id));
	const finders = {
		'zh-CN': termFinder(formsOf(entries, 'zh-CN'), false),
		en: termFinder(formsOf(entries, 'en'), true),
	};
	return (tree, file) => {
		const path = (file.path ?? '').replaceAll('\\', '/');
		if (!path.includes('content/trends/')) return;
		const lang = path.includes('content/trends/en/') ? 'en' : 'zh-CN';
		const find = finders[lang];
		const page = `${base}${lang === 'en' ? 'en/' : ''}glossary/#`;
		/** @type {Occurrence[]} */
		const found = [];
		let section = '';
		/** Terms already linked in the current section (`once` terms: on the page). */
		let linked = new Set();
		const linkedOnPage = new Set();

		/** @param {import('mdast').Text} node @returns {Node[]} */
		const split = (node) => {
			/** @type {Node[]} */
			const out = [];
			let at = 0;
			for (const match of find(node.value)) {
				if (!found.some((o) => o.id === match.id && o.section === section))
					found.push({ id: match.id, section });
				if (linked.has(match.id) || linkedOnPage.has(match.id)) continue;
				(once.has(match.id) ? linkedOnPage : linked).add(match.id);
				if (match.start > at) out.push({ type: 'text', value: node.value.slice(at, match.start) });
				// No class: trend 1's first view has almost no bytes to spare; the stylesheet and the
				// preview code know a term link by its href.
				out.push({
					type: 'link',
					url: `${page}${match.id}`,
					children: [{ type: 'text', value: match.text }],
				});
				at = match.end;
			}
			if (at === 0) return [node];
			if (at < node.value.length) out.push({ type: 'text', value: node.value.slice(at) });
			return out;
		};

		/** @param {Parent} parent */
		const walk = (parent) => {
			const children = /** @type {Node[]} */ (parent.children);
			for (let i = 0; i < children.length; i++) {
				const node = children[i];
				if (!node) continue;
				if (node.type === 'heading') {
					const id = node.data?.hProperties?.id;
					if (typeof id === 'string') section = id;
					if (node.depth <= 2) linked = new Set();
					continue;
				}
				if (node.type === 'text' && LINKED_IN.has(parent.type)) {
					const parts = split(node);
					children.splice(i, 1, ...parts);
					i += parts.length - 1;
					continue;
				}
				const isNote =
					(node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') &&
					node.name === 'Note';
				if (isNote || LINKED_IN.has(node.type)) walk(/** @type {Parent} */ (node));
			}
		};
		walk(tree);
		file.data.astro ??= {};
		(file.data.astro.frontmatter ??= {}).glossary = found;
	};
}
