/**
 * The pages search looks into, as Pagefind stores them (browser-only; the panel and the scaling
 * bench share it). Up to SCALE pages an edition (this site: ten), the first query loads every
 * page's text, as it always has. Beyond, a query loads only its candidates: the pages the
 * character-pair index (lib/search/grams.ts, written at index time) names for its words; the exact
 * tier then verifies them against their text.
 */
import { toSearchDoc, type SearchDoc } from '~/lib/search/docs';
import { SCALE } from '~/lib/search/scale';
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
	// Past SCALE pages: the candidates' code, fetched only by such a site.
	const { scaledCorpus } = await import('./corpus-scaled');
	return scaledCorpus(listing, doc, all, grams);
}
