/**
 * The browser side of the scaling bench (tests/tools/search-scale.ts), bundled by it with esbuild:
 * the exact tier as the search panel runs it (Pagefind's filter-only search for every page, each
 * page's data, then searchDocs), on a synthetic site.
 */
import { toSearchDoc, type SearchDoc } from '~/lib/search/docs';
import { searchDocs } from '~/lib/search/exact-tier';
import type { PagefindApi } from '~/types/pagefind';

let docs: SearchDoc[] | undefined;

async function load(): Promise<SearchDoc[]> {
	const api = (await import(
		/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`
	)) as PagefindApi;
	await api.options({ baseUrl: '/', noWorker: true });
	await api.init();
	const all = await api.search(null);
	return Promise.all((all?.results ?? []).map(async (r) => toSearchDoc(await r.data())));
}

/** One query, timed from the keystroke: the pages' text is loaded on the first. */
async function query(q: string): Promise<{ ms: number; urls: string[] }> {
	const t0 = performance.now();
	docs ??= await load();
	const urls = searchDocs(docs, q).exact.map((v) => v.url.replace(/[?#].*$/, ''));
	return { ms: performance.now() - t0, urls };
}

Object.assign(window, { benchQuery: query });
