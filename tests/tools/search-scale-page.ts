/**
 * The browser side of the scaling bench (tests/tools/search-scale.ts), bundled by it with esbuild:
 * the exact tier as the search panel runs it (the panel's corpus: every page up to SCALE pages,
 * the character-pair index's candidates beyond, then searchDocs), on a synthetic site.
 */
import { openCorpus, type Corpus } from '~/client/search/corpus';
import { searchDocs } from '~/lib/search/exact-tier';
import type { PagefindApi } from '~/types/pagefind';

let corpus: Promise<Corpus> | undefined;

async function load(): Promise<Corpus> {
	const api = (await import(
		/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`
	)) as PagefindApi;
	await api.options({ baseUrl: '/', noWorker: true });
	await api.init();
	return openCorpus(api, `${location.origin}/`);
}

/** One query, timed from the keystroke: the first also opens the corpus. */
async function query(q: string): Promise<{ ms: number; urls: string[] }> {
	const t0 = performance.now();
	corpus ??= load();
	const docs = await (await corpus).docs([q]);
	const urls = searchDocs(docs, q).exact.map((v) => v.url.replace(/[?#].*$/, ''));
	return { ms: performance.now() - t0, urls };
}

Object.assign(window, { benchQuery: query });
