/**
 * The exact tier (no DOM): which pages contain every word of the query, which contain only some,
 * in which sections, in what order, and the result views the panel shows. Matching is plain
 * containment of every query word in the page's folded text. Unit-tested.
 */
import type { SearchDoc, Section } from './docs';
import { buildExcerpt, type ExcerptPiece } from './excerpt';
import { queryWords, typedWords, wordSpans, type Span } from './query';
import { withHighlight } from './url';

const EXCERPT = 64;
const SECTION_EXCERPT = 40;
/** Sections listed per result: the one the result lands in and two more. */
const MAX_SECTIONS = 3;

export interface SectionHit {
	title: string;
	url: string;
	excerpt: ExcerptPiece[];
}

/** The exact tier's kinds; the second tier's results are 'pinyin' or 'fuzzy' (second-tier.ts), a glossary alias's 'alias' (aliases.ts). */
export type MatchKind = 'exact' | 'partial' | 'pinyin' | 'fuzzy' | 'alias';

export interface ResultView {
	match: MatchKind;
	/** Where the result lands: its best section, or the top of the page. */
	url: string;
	number: number;
	title: string;
	part: string;
	/** Title of the section the result lands in ('' for the top of the page). */
	section: string;
	excerpt: ExcerptPiece[];
	/** Up to two further sections that contain the query. */
	more: SectionHit[];
	/** The query words this page contains (all of them for an exact match). */
	found: string[];
}

export interface SearchOutcome {
	words: string[];
	/** Each word as the reader typed it (MoE), by its folded form (moe): for what is said back. */
	typed: ReadonlyMap<string, string>;
	/** Pages that contain every word, best first. Only these are counted. */
	exact: ResultView[];
	/** Pages that contain some but not all of several words. */
	partial: ResultView[];
	/** Words that occur on no page at all (the part filter aside). */
	absent: string[];
	/** Exact matches the part filter hid. */
	elsewhere: number;
}

interface Region extends Span {
	section: Section | undefined;
	words: number;
}

/** The page's regions (the part before the first heading, then each section) and how many words each holds. */
function regions(doc: SearchDoc, words: readonly string[]): Region[] {
	const { text } = doc.folded;
	const bounds: Region[] = [];
	const firstStart = doc.sections[0]?.start ?? text.length;
	bounds.push({ start: 0, end: firstStart, section: undefined, words: 0 });
	doc.sections.forEach((s, i) => {
		const end = doc.sections[i + 1]?.start ?? text.length;
		bounds.push({ start: s.start, end, section: s, words: 0 });
	});
	for (const r of bounds)
		r.words = words.filter((w) => wordSpans(text, [w], r.start, r.end).length).length;
	return bounds;
}

/**
 * Rank: a word in the title counts most, then one in the keyword line, then how often it occurs
 * (with diminishing returns, so the longest page does not win by length alone).
 */
function score(doc: SearchDoc, words: readonly string[]): number {
	let s = 0;
	for (const w of words) {
		const count = wordSpans(doc.folded.text, [w]).length;
		if (!count) continue;
		s += (doc.foldedTitle.includes(w) ? 8 : 0) + (doc.foldedKeywords.includes(w) ? 4 : 0);
		s += Math.log2(1 + count);
	}
	return s;
}

/** Start excerpts after the heading, unless the words occur only in the heading itself. */
function excerptFrom(doc: SearchDoc, words: readonly string[], r: Region): number {
	const body = r.section?.body ?? r.start;
	return wordSpans(doc.folded.text, words, body, r.end).length ? body : r.start;
}

function view(
	doc: SearchDoc,
	found: string[],
	match: MatchKind,
	typed: ReadonlyMap<string, string>,
): ResultView {
	const all = regions(doc, found);
	const sections = all
		.filter((r) => r.section && r.words > 0)
		.sort((a, b) => b.words - a.words || a.start - b.start)
		.slice(0, MAX_SECTIONS);
	const best = sections[0] ?? all.find((r) => r.words > 0);
	// The landing page's bar shows ?hl= back to the reader: in their spelling (MoE), which it folds.
	const hl = found.map((w) => typed.get(w) ?? w).join(' ');
	const link = (s: Section | undefined) => withHighlight(s ? `${doc.url}#${s.id}` : doc.url, hl);
	return {
		match,
		url: link(best?.section),
		number: doc.number,
		title: doc.title,
		part: doc.part,
		section: best?.section?.title ?? '',
		excerpt: best ? buildExcerpt(doc, found, excerptFrom(doc, found, best), best.end, EXCERPT) : [],
		more: sections
			.slice(1)
			.sort((a, b) => a.start - b.start)
			.map((r) => ({
				title: r.section?.title ?? '',
				url: link(r.section),
				excerpt: buildExcerpt(doc, found, excerptFrom(doc, found, r), r.end, SECTION_EXCERPT),
			})),
		found,
	};
}

/**
 * Search the pages for a query: a page matches when its text contains every word of the query;
 * pages with only some of several words are partial matches, listed apart and never counted. A
 * query of one word has no partial matches: a page sharing a character with it is not one.
 * Order: more of the words first (for partial matches), then the score, then the trend number.
 */
export function searchDocs(docs: readonly SearchDoc[], query: string, part = ''): SearchOutcome {
	const words = queryWords(query);
	const typed = typedWords(query);
	const contains = (d: SearchDoc) => words.filter((w) => d.folded.text.includes(w));
	const present = new Set(docs.flatMap(contains));
	const ranked: { v: ResultView; score: number }[] = [];
	let elsewhere = 0;
	for (const d of docs) {
		const found = contains(d);
		if (!found.length) continue;
		const complete = found.length === words.length;
		if (part && d.part !== part) {
			if (complete) elsewhere++;
			continue;
		}
		ranked.push({
			v: view(d, found, complete ? 'exact' : 'partial', typed),
			score: score(d, found),
		});
	}
	ranked.sort(
		(a, b) => b.v.found.length - a.v.found.length || b.score - a.score || a.v.number - b.v.number,
	);
	const views = ranked.map((r) => r.v);
	return {
		words,
		typed,
		exact: views.filter((v) => v.match === 'exact'),
		partial: views.filter((v) => v.match === 'partial'),
		absent: words.filter((w) => !present.has(w)),
		elsewhere,
	};
}
