/**
 * The pages search looks into (no DOM): each trend page as Pagefind indexed it, its text folded once
 * and its sections located in that text. Both tiers search these. Unit-tested.
 */
import type { PagefindResultData } from '~/types/pagefind';
import { fold, type Folded } from './query';

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
