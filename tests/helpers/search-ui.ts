/** Search as a reader does: type into a search panel (dialog or /search/) and read what it lists. */
import type { Page } from 'puppeteer-core';
import { fill } from './page';
import { cleanQuery } from '../../src/lib/search/query';

export interface Listed {
	/** Result pages (URL paths) in the counted list, in order. */
	exact: string[];
	/** Pages under the partial-match heading. */
	partial: string[];
	status: string;
}

/** Wait until a panel shows the results for `q` (it sets data-query when it has rendered them). */
export async function settled(page: Page, panel: string, q: string): Promise<void> {
	await page.waitForFunction(
		(panel, q) => document.getElementById(`${panel}-results`)?.dataset.query === q,
		{},
		panel,
		cleanQuery(q),
	);
}

/** What a panel lists now. Items without data-match (the earlier UI) count as listed results. */
export function listed(page: Page, panel: string): Promise<Listed> {
	return page.evaluate((panel) => {
		const list = document.getElementById(`${panel}-results`);
		const root = list?.closest('.search-panel');
		const path = (el: Element) => new URL(el.querySelector('a')?.href ?? '').pathname;
		const items = [...(root?.querySelectorAll<HTMLElement>('.search-result') ?? [])];
		return {
			exact: items
				.filter((i) => (i.dataset.match ?? 'exact') === 'exact' && list?.contains(i))
				.map(path),
			partial: items.filter((i) => i.dataset.match === 'partial').map(path),
			status: root?.querySelector('[role="status"]')?.textContent ?? '',
		};
	}, panel);
}

/** Type a query into a panel's input and return what it lists. */
export async function search(page: Page, panel: string, q: string): Promise<Listed> {
	await fill(page, `#${panel}-input`, q);
	await settled(page, panel, q);
	return listed(page, panel);
}

/**
 * A panel's markup as a tree of tags, attributes and trimmed text, with what differs by design
 * left out: the ids and the names built from the panel's id, and a radio's `checked` (an attribute
 * in the page's HTML, a property where the dialog builds it), which is read as state instead.
 */
export function panelShape(page: Page, panel: string): Promise<string> {
	return page.evaluate((panel) => {
		const byId = new Set(['id', 'for', 'name', 'aria-controls', 'aria-labelledby', 'checked']);
		const shape = (node: Element): unknown => [
			node.tagName.toLowerCase(),
			[...node.attributes]
				.filter((a) => !byId.has(a.name))
				.map((a) => `${a.name}=${a.value}`)
				.sort(),
			node instanceof HTMLInputElement && node.type === 'radio' ? node.checked : null,
			[...node.childNodes]
				.filter((c) => c.nodeType === Node.TEXT_NODE)
				.map((c) => c.textContent?.trim())
				.join(''),
			[...node.children].map(shape),
		];
		const root = document.getElementById(`${panel}-input`)?.closest('.search-panel');
		return root ? JSON.stringify(shape(root), null, 1) : '';
	}, panel);
}
