/** Run real Pagefind queries in the browser against the built index. */
import type { Page } from 'playwright-core';

export interface Hit {
	url: string;
	title: string;
	number: string;
}

export async function openIndex(page: Page, origin: string, base = '/'): Promise<void> {
	await page.goto(`${origin}${base}search/`);
	// A string, not a function: Vitest would rewrite a function's import() for Node.
	await page.evaluate(`(async () => {
		const api = await import('${base}pagefind/pagefind.js');
		await api.options({ baseUrl: '${base}' });
		await api.init();
		window.pf = api;
	})()`);
}

export function query(page: Page, term: string, filters?: Record<string, string>): Promise<Hit[]> {
	return page.evaluate(
		async ({ term, filters }) => {
			type Api = {
				search: (
					t: string,
					o?: object,
				) => Promise<{
					results: { data: () => Promise<{ url: string; meta: Record<string, string> }> }[];
				}>;
			};
			const api = (window as unknown as { pf: Api }).pf;
			const search = await api.search(term, filters ? { filters } : {});
			return Promise.all(
				search.results.map(async (r) => {
					const d = await r.data();
					return { url: d.url, title: d.meta.title ?? '', number: d.meta.number ?? '' };
				}),
			);
		},
		{ term, filters },
	);
}
