/**
 * The pages search looks into, as Pagefind stores them (browser-only; the panel and the scaling
 * bench share it). Up to SCALE pages an edition (this site: ten), the first query loads every
 * page's text, as it always has. Beyond, a query loads only its candidates: the pages the
 * character-pair index (lib/search/grams.ts, written at index time) names for its words; the exact
 * tier then verifies them against their text.
 */
import { toSearchDoc, type SearchDoc } from '~/lib/search/docs';
import { candidates, SCALE, shardOf, type GramMeta, type GramShard } from '~/lib/search/grams';
import { fold } from '~/lib/search/query';
import { hanCharacters } from '~/lib/search/traditional';
import type { PagefindApi, PagefindResult } from '~/types/pagefind';

export interface Corpus {
	/** The pages that may contain any of the words: every page, or the candidates. */
	docs(words: readonly string[]): Promise<SearchDoc[]>;
	/** The Han characters of the text that the pages use (the traditional-character check). */
	chars(text: string): Promise<Set<string>>;
	/** Every page (the empty state's keywords and the second tier read them all). */
	all(): Promise<SearchDoc[]>;
}

const json = <T>(url: string): Promise<T> =>
	fetch(url).then((r) =>
		r.ok ? (r.json() as Promise<T>) : Promise.reject(new Error(`${url}: ${r.status}`)),
	);

/** Opens an edition's pages; `grams` is the URL of Pagefind's grams/ folder. */
export async function openCorpus(api: PagefindApi, grams: string): Promise<Corpus> {
	const listing = (await api.search(null))?.results ?? [];
	const loaded = new Map<string, Promise<SearchDoc>>();
	const doc = (r: PagefindResult): Promise<SearchDoc> => {
		let d = loaded.get(r.id);
		if (!d) {
			d = r.data().then(toSearchDoc);
			// A page that failed to load is fetched again by the next query.
			d.catch(() => loaded.delete(r.id));
			loaded.set(r.id, d);
		}
		return d;
	};
	const all = () => Promise.all(listing.map(doc));
	if (listing.length <= SCALE) {
		const docs = await all();
		const chars = hanCharacters(docs);
		return { docs: async () => docs, chars: async () => chars, all: async () => docs };
	}
	// Pagefind names a page's fragment after its index's language: zh-cn_1e81d72.
	const id = listing[0]?.id ?? '';
	const base = `${grams}${id.slice(0, id.lastIndexOf('_'))}/`;
	const meta = await json<GramMeta>(`${base}meta.json`);
	const byId = new Map(listing.map((r) => [r.id, r]));
	const shards = new Map<number, Promise<GramShard>>();
	const shard = (n: number): Promise<GramShard> => {
		let s = shards.get(n);
		if (!s) {
			s = json<GramShard>(`${base}${n}.json`);
			s.catch(() => shards.delete(n));
			shards.set(n, s);
		}
		return s;
	};
	const posting = async (gram: string) => (await shard(shardOf(gram, meta.shards)))[gram] ?? '';
	return {
		async docs(words) {
			const found = await candidates(words, posting);
			return Promise.all(
				[...found].flatMap((n) => {
					const r = byId.get(meta.pages[n] ?? '');
					return r ? [doc(r)] : [];
				}),
			);
		},
		async chars(text) {
			const han = new Set(
				[fold(text).text, ...[...text].map((c) => fold(c).text)]
					.join('')
					.match(/\p{Script=Han}/gu) ?? [],
			);
			const used = await Promise.all([...han].map(async (c) => [c, await posting(c)] as const));
			return new Set(used.filter(([, p]) => p).map(([c]) => c));
		},
		all,
	};
}
