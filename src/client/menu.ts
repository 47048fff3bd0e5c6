/**
 * Fills the report menu (SiteMenu) with every part and trend from /menu.json, when it first opens
 * (menu-tools.ts) or the search panel shows it: the pages do not carry the list (a tenth of a
 * page's bytes). Until then, and without JavaScript, the menu holds a link to the home page's
 * overview of the ten trends.
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

const nav = () => document.querySelector<HTMLElement>('#site-menu nav[data-src]');

let loaded: Promise<MenuJson | undefined> | undefined;

/** The menu's contents, fetched once; undefined if they could not be. */
export function load(): Promise<MenuJson | undefined> {
	loaded ??= (async () => {
		const src = nav()?.dataset.src;
		if (!src) return undefined;
		const response = await fetch(src);
		return response.ok ? ((await response.json()) as MenuJson) : undefined;
	})().catch(() => undefined);
	return loaded;
}

/**
 * Puts the list in the menu (once; without contents it keeps its link to the overview), in a new
 * nav in place of the old: in an open menu the tools drawn above it at the same moment would
 * otherwise push the old one down, a shift of what the reader was looking at.
 */
export function draw(menu: MenuJson | undefined): void {
	const box = nav();
	if (!menu || !box || box.querySelector('.report-index')) return;
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
	const fresh = box.cloneNode() as HTMLElement;
	fresh.append(list);
	box.replaceWith(fresh);
}

/** Resolves once the menu lists every trend (or could not: it keeps its link to the overview). */
export const fill = (): Promise<void> => load().then(draw);
