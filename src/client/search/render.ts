/**
 * The search panel's elements, shared by both tiers: a result (one option for the trend, one per
 * further section), excerpts as text nodes and <mark>s. Nothing from the index ever becomes markup.
 */
import { t } from '~/i18n/search';
import type { ExcerptPiece } from '~/lib/search/excerpt';
import type { ResultView } from '~/lib/search/exact-tier';

export const el = <K extends keyof HTMLElementTagNameMap>(
	tag: K,
	className: string,
	text?: string,
) => {
	const node = document.createElement(tag);
	if (className) node.className = className;
	if (text !== undefined) node.textContent = text;
	return node;
};

/** An excerpt as text nodes and <mark>s. */
export function excerpt(pieces: ExcerptPiece[], className = 'excerpt'): HTMLElement {
	const node = el('span', className);
	node.append(
		...pieces.map((p) => (p.mark ? el('mark', '', p.text) : document.createTextNode(p.text))),
	);
	return node;
}

export const quoted = (words: readonly string[]) =>
	words.map((w) => `“${w}”`).join(t('search.quoteJoin'));
export const trendLabel = (n: number) => t('trend.label', { n: String(n).padStart(2, '0') });

/** The link is the option itself: an option may not contain a focusable element. */
export function option(id: string, href: string, className: string): HTMLElement {
	const li = el('li', className);
	li.setAttribute('role', 'none');
	const a = el('a', '');
	a.id = id;
	a.href = href;
	a.tabIndex = -1;
	a.setAttribute('role', 'option');
	a.setAttribute('aria-selected', 'false');
	li.append(a);
	return li;
}

/**
 * A result: one option for the trend (landing in its best section) and one per further section.
 * `note` (the second tier's "sjzx → 数据中心") goes in its meta line.
 */
export function resultGroup(v: ResultView, nextId: () => string, note?: HTMLElement): HTMLElement {
	const group = el('ul', 'search-result');
	group.dataset.match = v.match;
	group.setAttribute('role', 'group');
	const main = option(nextId(), v.url, 'search-hit');
	const title = el('span', 'title', v.title);
	title.id = `${main.firstElementChild?.id ?? ''}-title`;
	group.setAttribute('aria-labelledby', title.id);
	const head = el('span', 'meta');
	head.append(el('span', 'kicker', trendLabel(v.number)), el('span', '', v.part));
	if (note) head.append(note);
	main.firstElementChild?.append(
		head,
		title,
		...(v.section ? [el('span', 'section', `§ ${v.section}`)] : []),
		excerpt(v.excerpt),
	);
	group.append(main);
	for (const s of v.more) {
		const sub = option(nextId(), s.url, 'search-sub');
		sub.firstElementChild?.append(el('span', 'section', `§ ${s.title}`), excerpt(s.excerpt));
		group.append(sub);
	}
	return group;
}
