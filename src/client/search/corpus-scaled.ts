/**
 * The corpus of a site with more than SCALE pages an edition (corpus.ts imports it only then): a
 * query loads the pages the character-pair index (lib/search/grams.ts) names as its candidates.
 */
import type { SearchDoc, toSearchDoc } from '~/lib/search/docs';
import { candidates, shardOf, type GramMeta, type GramShard } from '~/lib/search/grams';
import { fold, queryWords } from '~/lib/search/query';
import type { PagefindResult } from '~/types/pagefind';
import type { Corpus } from './corpus';

const json = <T>(url: string): Promise<T> =>
	fetch(url).then((r) =>
		r.ok ? (r.json() as Promise<T>) : Promise.reject(new Error(`${url}: ${r.status}`)),
	);

export async function scaledCorpus(
	listing: readonly PagefindResult[],
	grams: string,
	// Handed in, so that docs.ts stays in the panel's chunk rather than in one shared with this.
	read: typeof toSearchDoc,
): Promise<Corpus> {
	const loaded = new Map<string, Promise<SearchDoc>>();
	const doc = (r: PagefindResult): Promise<SearchDoc> => {
		let d = loaded.get(r.id);
		if (!d) {
			d = r.data().then(read);
			// A page that failed to load is fetched again by the next query.
			d.catch(() => loaded.delete(r.id));
			loaded.set(r.id, d);
		}
		return d;
	};
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
		async docs(texts) {
			const found = await candidates(texts.flatMap(queryWords), posting);
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
		all: () => Promise.all(listing.map(doc)),
	};
}
