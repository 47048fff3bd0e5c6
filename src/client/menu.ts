/**
 * Fills the report menu (SiteMenu) with every part and trend from /menu.json, once the page is idle:
 * the pages do not carry the list (a tenth of a page's bytes). Until then, and without JavaScript,
 * the menu holds a link to the home page's overview of the ten trends.
 */
import type { MenuJson } from '~/lib/menu';

const el = (tag: string, text?: string): HTMLElement => {
	const node = document.createElement(tag);
	if (text !== undefined) node.textContent = text;
	return node;
};

const link = (href: string, text: string, className?: string): HTMLAnchorElement => {
	const a = el('a', text) as HTMLAnchorElement;
	a.href = href;
	if (className) a.className = className;
	return a;
};

let filled: Promise<void> | undefined;

/** Resolves once the menu lists every trend (or could not: it keeps its link to the overview). */
export function fill(): Promise<void> {
	filled ??= (async () => {
		const nav = document.querySelector<HTMLElement>('#site-menu nav[data-src]');
		if (!nav?.dataset.src) return;
		const response = await fetch(nav.dataset.src);
		if (!response.ok) return;
		const menu = (await response.json()) as MenuJson;
		const list = el('ol');
		list.className = 'report-index';
		for (const part of menu.parts) {
			const item = el('li');
			item.dataset.part = part.id;
			const trends = el('ol');
			for (const trend of part.trends) {
				const a = link(trend.href, '');
				a.append(el('span', String(trend.number)), ` ${trend.title}`);
				const li = el('li');
				li.append(a);
				trends.append(li);
			}
			item.append(link(part.href, part.label, 'kicker'), trends);
			list.append(item);
		}
		nav.replaceChildren(list);
	})().catch(() => {});
	return filled;
}
