/**
 * How search scales (no DOM, no Node): past SCALE pages an edition, the first query no longer loads
 * every page's text. A character-pair index, written at index time beside Pagefind's
 * (src/integrations/pagefind.mjs), names the candidate pages of each query word: every page whose
 * folded text holds all the word's character pairs (its one character, for a word of one). Every
 * page that contains the word is a candidate, whatever Pagefind's word segmentation made of it;
 * the exact tier then verifies the candidates against their text, so precision and recall are
 * those of searching every page. Unit-tested; the golden tests compare both ways over this site.
 *
 * Files: pagefind/grams/<index language>/meta.json ({ pages, shards }: Pagefind's page ids in the
 * index's order) and <shard>.json ({ gram: posting }), a gram's shard chosen by its hash.
 */
import { fold } from './query';

export { SCALE } from './scale';

/** Raw bytes a shard aims at: a query word of n characters fetches at most n − 1 shards. */
const SHARD_BYTES = 16_000;

export interface GramMeta {
	/** Pagefind's ids of the pages (its fragment names), in the order the postings number them. */
	pages: string[];
	shards: number;
}

/** A shard: each gram's pages, as a posting (encodePosting). */
export type GramShard = Record<string, string>;

/** The grams a word is looked up by: its character pairs, or itself when it is one character. */
export function gramsOfWord(word: string): string[] {
	const cps = [...word];
	if (cps.length < 2) return cps;
	const out = new Set<string>();
	for (let i = 0; i + 1 < cps.length; i++) out.add(`${cps[i]}${cps[i + 1]}`);
	return [...out];
}

/** Every gram of a text: its characters and character pairs, none across a space. */
function gramsOfText(text: string): Set<string> {
	const out = new Set<string>();
	let prev = '';
	for (const c of text) {
		if (c === ' ') {
			prev = '';
			continue;
		}
		out.add(c);
		if (prev) out.add(`${prev}${c}`);
		prev = c;
	}
	return out;
}

/** FNV-1a over the gram's UTF-16 code units: the shard a gram lives in. */
export function shardOf(gram: string, shards: number): number {
	let h = 0x811c9dc5;
	for (let i = 0; i < gram.length; i++) {
		h ^= gram.charCodeAt(i);
		h = Math.imul(h, 0x01000193) >>> 0;
	}
	return h % shards;
}

/**
 * A posting: ascending page numbers as base-36 gaps ("0,3,1f"), or, where that is longer, a bitset
 * in base64 after "~" (a gram that most pages hold).
 */
export function encodePosting(pages: readonly number[], total: number): string {
	let last = -1;
	const gaps = pages
		.map((p) => {
			const gap = p - last;
			last = p;
			return gap.toString(36);
		})
		.join(',');
	const bits = new Uint8Array(Math.ceil(total / 8));
	for (const p of pages) bits[p >> 3] = (bits[p >> 3] ?? 0) | (1 << (p & 7));
	const set = `~${btoa(String.fromCharCode(...bits))}`;
	return set.length < gaps.length ? set : gaps;
}

export function decodePosting(posting: string): number[] {
	if (posting.startsWith('~')) {
		const bytes = atob(posting.slice(1));
		const out: number[] = [];
		for (let i = 0; i < bytes.length * 8; i++)
			if (bytes.charCodeAt(i >> 3) & (1 << (i & 7))) out.push(i);
		return out;
	}
	let at = -1;
	return posting.split(',').map((g) => (at += parseInt(g, 36)));
}

/**
 * The index of one edition's pages (their text as Pagefind's data() gives it to the browser): the
 * meta and its shards.
 */
export function gramIndex(pages: readonly { id: string; content: string }[]): {
	meta: GramMeta;
	shards: GramShard[];
} {
	const postings = new Map<string, number[]>();
	pages.forEach((p, i) => {
		for (const g of gramsOfText(fold(p.content).text)) {
			const list = postings.get(g);
			if (list) list.push(i);
			else postings.set(g, [i]);
		}
	});
	const encoded = [...postings].map(([g, list]) => [g, encodePosting(list, pages.length)] as const);
	const bytes = encoded.reduce((n, [g, p]) => n + g.length * 3 + p.length + 6, 0);
	const count = Math.max(1, Math.round(bytes / SHARD_BYTES));
	const shards: GramShard[] = Array.from({ length: count }, () => ({}));
	for (const [g, p] of encoded) (shards[shardOf(g, count)] as GramShard)[g] = p;
	return { meta: { pages: pages.map((p) => p.id), shards: count }, shards };
}

/**
 * The candidate pages (numbers) of some query words: the union, over the words, of the pages that
 * hold every gram of the word. `posting` looks a gram up ('' when no page has it).
 */
export async function candidates(
	words: readonly string[],
	posting: (gram: string) => Promise<string>,
): Promise<Set<number>> {
	const out = new Set<number>();
	await Promise.all(
		words.map(async (w) => {
			const lists = await Promise.all(gramsOfWord(w).map(posting));
			if (!lists.length || lists.some((l) => !l)) return;
			const sets = lists.map(decodePosting);
			sets.sort((a, b) => a.length - b.length);
			const [first = [], ...rest] = sets;
			const others = rest.map((s) => new Set(s));
			for (const p of first) if (others.every((s) => s.has(p))) out.add(p);
		}),
	);
	return out;
}
