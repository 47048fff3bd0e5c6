/**
 * Pure search over the trend pages (no DOM): which pages contain the query, in which sections, in
 * what order, and the excerpts to show. Pagefind supplies each page's indexed text, headings and
 * metadata; matching is plain containment of every query word in that text. Unit-tested.
 */
import type { PagefindResultData } from '~/types/pagefind';
import { fold, queryWords, wordSpans, withHighlight, type Folded, type Span } from './search';

/** A heading of the page and where its section starts in the folded text. */
export interface Section {
	id: string;
	title: string;
	/** Folded index of the heading text. */
	start: number;
	/** Folded index just after the heading (where the section's own text begins). */
	body: number;
}

export interface SearchDoc {
	url: string;
	number: number;
	title: string;
	part: string;
	/** The keyword line: Chinese and English terms of the trend. */
	keywords: string[];
	/** Pagefind's text of the page (everything indexed, keyword line included). */
	content: string;
	folded: Folded;
	/** Folded title and keyword line, for ranking. */
	foldedTitle: string;
	foldedKeywords: string;
	sections: Section[];
}

/**
 * Find each heading in the page text. Pagefind gives a heading's text, not its offset; a heading is
 * its own block, so its text stands between spaces (Pagefind adds ". " after it). The first such
 * occurrence after the previous heading is taken, or failing that the first occurrence at all.
 */
function locateSections(d: PagefindResultData, folded: Folded): Section[] {
	const sections: Section[] = [];
	let cursor = 0;
	for (const a of d.anchors) {
		if (!/^h[2-6]$/.test(a.element) || !a.id) continue;
		const heading = fold(a.text).text.trim();
		if (!heading) continue;
		const { text } = folded;
		let first = -1;
		let found = -1;
		for (let i = text.indexOf(heading, cursor); i !== -1; i = text.indexOf(heading, i + 1)) {
			if (first === -1) first = i;
			const after = text[i + heading.length];
			if (
				(i === 0 || text[i - 1] === ' ') &&
				(after === undefined || after === ' ' || after === '.')
			) {
				found = i;
				break;
			}
		}
		const start = found === -1 ? first : found;
		if (start === -1) continue;
		let body = start + heading.length;
		if (text[body] === '.') body++;
		sections.push({ id: a.id, title: a.text, start, body });
		cursor = body;
	}
	return sections;
}

export function toSearchDoc(d: PagefindResultData): SearchDoc {
	const folded = fold(d.content);
	const keywords = (d.meta.keywords ?? '')
		.split(' · ')
		.map((k) => k.trim())
		.filter(Boolean);
	return {
		url: d.url,
		number: Number(d.meta.number ?? 0),
		title: d.meta.title ?? '',
		part: d.filters.part?.[0] ?? '',
		keywords,
		content: d.content,
		folded,
		foldedTitle: fold(d.meta.title ?? '').text,
		foldedKeywords: fold(keywords.join(' · ')).text,
		sections: locateSections(d, folded),
	};
}

/** Every Han character the pages use: a query character outside this set can only match once converted. */
export function hanCharacters(docs: readonly SearchDoc[]): Set<string> {
	const chars = new Set<string>();
	for (const d of docs) for (const c of d.folded.text.match(/\p{Script=Han}/gu) ?? []) chars.add(c);
	return chars;
}

/** True when the query has a Han character that no page uses (traditional, most likely). */
export const needsConversion = (query: string, chars: ReadonlySet<string>): boolean =>
	[...fold(query).text].some((c) => /\p{Script=Han}/u.test(c) && !chars.has(c));

/**
 * Apply a traditional → simplified conversion only where it is needed: characters the pages use are
 * kept as typed (昇 in 昇腾 is also a “traditional” character, and OpenCC would turn it into 升),
 * the others take their converted form. If the conversion changed the length (a phrase mapping),
 * the converted text is used as a whole.
 */
export function mixConversion(
	query: string,
	converted: string,
	chars: ReadonlySet<string>,
): string {
	const a = [...query];
	const b = [...converted];
	if (a.length !== b.length) return converted;
	return a.map((c, i) => (chars.has(fold(c).text) ? c : (b[i] ?? c))).join('');
}

export interface ExcerptPiece {
	text: string;
	mark: boolean;
}

export interface SectionHit {
	title: string;
	url: string;
	excerpt: ExcerptPiece[];
}

export type MatchKind = 'exact' | 'partial';

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
	/** Pages that contain every word, best first. Only these are counted. */
	exact: ResultView[];
	/** Pages that contain some but not all of several words. */
	partial: ResultView[];
	/** Words that occur on no page at all (the part filter aside). */
	absent: string[];
	/** Exact matches the part filter hid. */
	elsewhere: number;
}

const EXCERPT = 64;
const SECTION_EXCERPT = 40;
/** Sections listed per result: the one the result lands in and two more. */
const MAX_SECTIONS = 3;

/**
 * An excerpt of about `length` characters around an occurrence of the words in [from, to), cut from
 * the original text, with every whole occurrence of every word in it marked.
 */
export function buildExcerpt(
	doc: Pick<SearchDoc, 'content' | 'folded'>,
	words: readonly string[],
	from: number,
	to: number,
	length: number,
): ExcerptPiece[] {
	const { text, map } = doc.folded;
	const spans = wordSpans(text, words, from, to);
	// Centre on the occurrence whose window shows the most different words (the first, for one word).
	const lead = Math.floor(length / 4);
	const variety = (s: Span) =>
		words.filter((w) => text.slice(Math.max(from, s.start - lead), s.start + length).includes(w))
			.length;
	const first = spans.reduce<Span | undefined>(
		(best, s) => (best && variety(best) >= variety(s) ? best : s),
		undefined,
	);
	if (!first) return [];
	let start = Math.max(from, first.start - lead);
	let end = Math.min(to, start + length);
	start = Math.max(from, Math.min(start, end - length));
	const marks = wordSpans(text, words, start, end).filter((s) => s.start >= start);
	end = Math.max(end, marks.at(-1)?.end ?? end);
	const pieces: ExcerptPiece[] = [];
	const push = (s: number, e: number, mark: boolean) => {
		const piece = doc.content.slice(map[s], map[e]);
		if (piece) pieces.push({ text: piece, mark });
	};
	let at = start;
	for (const m of marks) {
		push(at, m.start, false);
		push(m.start, m.end, true);
		at = m.end;
	}
	push(at, end, false);
	const head = pieces[0];
	if (head && !head.mark) head.text = head.text.trimStart();
	const tail = pieces.at(-1);
	if (tail && !tail.mark) tail.text = tail.text.trimEnd();
	const out = pieces.filter((p) => p.text);
	if (start > from) out.unshift({ text: '…', mark: false });
	if (end < to) out.push({ text: '…', mark: false });
	return out;
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

function view(doc: SearchDoc, found: string[], match: MatchKind): ResultView {
	const all = regions(doc, found);
	const sections = all
		.filter((r) => r.section && r.words > 0)
		.sort((a, b) => b.words - a.words || a.start - b.start)
		.slice(0, MAX_SECTIONS);
	const best = sections[0] ?? all.find((r) => r.words > 0);
	const hl = found.join(' ');
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
		ranked.push({ v: view(d, found, complete ? 'exact' : 'partial'), score: score(d, found) });
	}
	ranked.sort(
		(a, b) => b.v.found.length - a.v.found.length || b.score - a.score || a.v.number - b.v.number,
	);
	const views = ranked.map((r) => r.v);
	return {
		words,
		exact: views.filter((v) => v.match === 'exact'),
		partial: views.filter((v) => v.match === 'partial'),
		absent: words.filter((w) => !present.has(w)),
		elsewhere,
	};
}
