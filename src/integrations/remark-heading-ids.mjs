// Every h2/h3 in a trend needs an explicit ASCII id, written `## 标题 \{#section-id}` in MDX
// (the backslash keeps MDX from reading a JS expression). Chinese headings would otherwise get
// percent-encoded slugs, which break when pasted into chats. Missing or duplicate ids stop the build.
import { visit } from 'unist-util-visit';

const ID_SUFFIX = /\s*\{#([a-z0-9]+(?:-[a-z0-9]+)*)\}\s*$/;

/** @param {import('mdast').Heading} heading */
function lastText(heading) {
	const last = heading.children.at(-1);
	return last && last.type === 'text' ? last : undefined;
}

/**
 * The explicit id a heading ends with, and where it starts in its last text node.
 * @param {import('mdast').Heading} heading
 * @returns {{ id: string, text: import('mdast').Text, at: number } | undefined}
 */
export function headingId(heading) {
	const text = lastText(heading);
	const match = text ? ID_SUFFIX.exec(text.value) : null;
	return text && match?.[1] ? { id: match[1], text, at: match.index } : undefined;
}

/** @returns {(tree: import('mdast').Root, file: import('vfile').VFile) => void} */
export function remarkHeadingIds() {
	return (tree, file) => {
		const seen = new Set();
		const where = file.path ?? 'unknown file';
		visit(tree, 'heading', (heading) => {
			const found = headingId(heading);
			if (!found) {
				if (heading.depth === 2 || heading.depth === 3) {
					const line = heading.position?.start.line ?? '?';
					throw new Error(
						`${where}:${line}: heading needs an explicit ASCII id, e.g. "## Heading \\{#section-id}"`,
					);
				}
				return;
			}
			const { id, text, at } = found;
			if (seen.has(id)) throw new Error(`${where}: duplicate heading id "#${id}"`);
			seen.add(id);
			text.value = text.value.slice(0, at);
			heading.data = { ...heading.data, hProperties: { ...heading.data?.hProperties, id } };
		});
	};
}
