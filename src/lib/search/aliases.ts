/**
 * Glossary aliases in search (no DOM): a query that is another form of a glossary term (an alias,
 * or the term in the other language: "capex", 跨模态, "hyperscaler") also lists the pages that use
 * the term as this edition writes it. Those pages are labelled as found by alias ("跨模态 → 多模态"),
 * never counted with the exact results: a page is "exact" only when it contains the query's own
 * words, so the exact tier's list, count and status stay as they were, and the alias list holds only
 * pages the exact list lacks. The table is built with the glossary (alias-table.ts) and served as
 * /search/aliases.json. Unit-tested; golden tests run it over the built table.
 */
import type { SearchDoc } from './docs';
import type { ResultView, SearchOutcome } from './exact-tier';
import { fold, queryWords } from './query';

/**
 * One edition's table: per glossary term, the forms this edition's texts use (its term and aliases,
 * as written) and the other language's forms (folded, as aliasKey gives them).
 */
export interface AliasTable {
	/** The list's heading, in the edition's language. */
	label: string;
	terms: [own: string[], other: string[]][];
}

/** The exact search (exact-tier.ts: searchDocs), handed in as the second tier's is. */
export type ExactSearch = (
	docs: readonly SearchDoc[],
	query: string,
	part?: string,
) => SearchOutcome;

export interface AliasResult extends ResultView {
	match: 'alias';
	/** What the reader typed, and the term it is an alias of ("capex" → "资本开支"). */
	typed: string;
	term: string;
}

/** An alias as search compares it: folded, its words one space apart. */
export const aliasKey = (text: string): string => queryWords(fold(text).text).join(' ');

const pathOf = (url: string) => url.replace(/[?#].*$/, '');

/** The forms this edition writes for each glossary term the query is another form of. */
export function aliasForms(table: AliasTable, query: string): string[] {
	const key = aliasKey(query);
	return table.terms.flatMap(([own, other]) => {
		const keys = own.map(aliasKey);
		if (!keys.includes(key) && !other.includes(key)) return [];
		return own.filter((_, i) => keys[i] !== key);
	});
}

/**
 * The pages that use a term the query is another form of, by any of the forms this edition writes,
 * less those the exact tier already lists. Each is an exact search for the form it names, so it
 * lands on that form, marked.
 */
export function aliasResults(
	docs: readonly SearchDoc[],
	table: AliasTable,
	query: string,
	part: string,
	exact: readonly ResultView[],
	search: ExactSearch,
): AliasResult[] {
	const listed = new Set(exact.map((v) => pathOf(v.url)));
	const out: AliasResult[] = [];
	for (const term of aliasForms(table, query))
		for (const v of search(docs, term, part).exact) {
			if (listed.has(pathOf(v.url))) continue;
			listed.add(pathOf(v.url));
			out.push({ ...v, match: 'alias', typed: query, term });
		}
	return out;
}
