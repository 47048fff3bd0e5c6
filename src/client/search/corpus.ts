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
import type { PagefindApi } from '~/types/pagefind';

export interface Corpus {
	/** The pages that may contain any word of the texts (queries): every page, or the candidates. */
	docs(texts: readonly string[]): Promise<SearchDoc[]>;
	/** The Han characters of the text that the pages use (the traditional-character check). */
	chars(text: string): Promise<Set<string>>;
	/** Every page (the empty state's keywords and the second tier read them all). */
	all(): Promise<SearchDoc[]>;
}

/** Opens an edition's pages; `base` is the site's base URL (Pagefind's folder is under it). */
export async function openCorpus(api: PagefindApi, base: string): Promise<Corpus> {
	const listing = (await api.search(null))?.results ?? [];
	if (listing.length > SCALE) {
		// Past SCALE pages: the candidates' code, fetched only by such a site.
		const { scaledCorpus } = await import('./corpus-scaled');
		return scaledCorpus(listing, `${base}pagefind/grams/`, toSearchDoc);
	}
	const docs = await Promise.all(listing.map(async (r) => toSearchDoc(await r.data())));
	const chars = hanCharacters(docs);
	const all = async () => docs;
	return { docs: all, chars: async () => chars, all };
}
