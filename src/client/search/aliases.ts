/**
 * The lists beyond the exact tier, imported once the exact tier has answered the first search (so
 * nothing is added to the bytes before its results show), so the panel's own chunk holds the exact
 * tier alone: glossary aliases (the edition's table,
 * /search/aliases.json, fetched once; lib/search/aliases.ts) for every query, and the second tier
 * (second-tier.ts, imported only after a Latin query with no exact result). Also the labelled
 * lists' builder, which the second tier takes from here.
 */
import { aliasForms, aliasResults, type AliasTable, type ExactSearch } from '~/lib/search/aliases';
import type { SearchDoc } from '~/lib/search/docs';
import type { ResultView, SearchOutcome } from '~/lib/search/exact-tier';
import { needsSecondTier } from '~/lib/search/tier-gate';
import type { Corpus } from './corpus';
import type { el, resultGroup } from './render';
import type { secondTierView, TierView } from './second-tier';

/** A result of a labelled list: what the reader typed, and the term it was read as. */
interface ReadAs extends ResultView {
	typed: string;
	term: string;
}

/**
 * What a result was read as: "sjzx → 数据中心", "capex → 资本开支". The term carries its language
 * where it differs from the page's (a Chinese term on an English page, an English word on a Chinese one).
 */
function readAs({ el }: Pick<Kit, 'el'>, v: ReadAs): HTMLElement {
	const line = el('span', 'read-as', `${v.typed} → `);
	const term = el('span', '', v.term);
	const han = /\p{Script=Han}/u.test(v.term);
	const page = document.documentElement.lang;
	if (han && page === 'en') term.lang = 'zh-CN';
	else if (!han && page !== 'en') term.lang = 'en';
	line.append(term);
	return line;
}

/**
 * One labelled list, apart from the counted results (aliases, pinyin, close spelling): a heading
 * and a listbox of results, each saying what it matched.
 */
export function tierList(
	kit: Pick<Kit, 'el' | 'resultGroup'>,
	id: string,
	label: string,
	results: ReadAs[],
): [heading: HTMLElement, list: HTMLElement] {
	const heading = kit.el('h2', '', label);
	heading.id = `${id}-label`;
	const list = kit.el('div', 'search-results');
	list.id = id;
	list.setAttribute('role', 'listbox');
	list.setAttribute('aria-labelledby', heading.id);
	let n = 0;
	const nextId = () => `${id}-${n++}`;
	list.append(...results.map((v) => kit.resultGroup(v, nextId, readAs(kit, v))));
	return [heading, list];
}

/**
 * What the panel lends this chunk: its exact search, its elements, and the import of the second
 * tier (a dynamic import must be the panel's: the build unwraps Vite's preload helper there).
 */
export interface Kit {
	search: ExactSearch;
	tier: () => Promise<{ secondTierView: typeof secondTierView }>;
	el: typeof el;
	resultGroup: typeof resultGroup;
}

export interface Aliases {
	/** The query and the forms it names (the pages of both are candidates). */
	terms: (query: string) => string[];
	/**
	 * The lists for a query: the alias list, then, when the exact tier has nothing for a Latin query,
	 * the second tier's (over every page of the corpus). `id` prefixes the lists' ids; `rerun` searches a
	 * corrected spelling.
	 */
	view: (
		docs: readonly SearchDoc[],
		corpus: Pick<Corpus, 'all'>,
		outcome: SearchOutcome,
		query: string,
		part: string,
		id: string,
		rerun: (q: string) => void,
		kit: Kit,
	) => Promise<TierView>;
}

/** The second tier's code: if it cannot load, the exact tier's honest empty state stands. */
async function tierView(...args: Parameters<Aliases['view']>): Promise<TierView | undefined> {
	const [, corpus, outcome, query, part, id, rerun, kit] = args;
	if (!needsSecondTier(outcome, query)) return undefined;
	try {
		return (await kit.tier()).secondTierView(await corpus.all(), query, part, id, rerun, kit);
	} catch {
		return undefined;
	}
}

let table: Promise<AliasTable> | undefined;

/**
 * The edition's table, under the site's `base` (handed in, so that the URL helpers stay in the
 * panel's chunk); undefined if it cannot load (forgotten, so that the next search tries again).
 */
export async function loadAliases(base: string): Promise<Aliases | undefined> {
	const edition = document.documentElement.lang === 'en' ? 'en/' : '';
	table ??= fetch(`${base}${edition}search/aliases.json`)
		.then((r) =>
			r.ok ? (r.json() as Promise<AliasTable>) : Promise.reject(new Error(`${r.status}`)),
		)
		.catch((error: unknown) => {
			table = undefined;
			throw error;
		});
	const t = await table.catch(() => undefined);
	if (!t) return undefined;
	return {
		terms: (query) => [query, ...aliasForms(t, query)],
		async view(...args) {
			const [docs, , outcome, query, part, id, , kit] = args;
			const tier = (await tierView(...args)) ?? { nodes: [], listboxes: [], note: '' };
			const results = aliasResults(docs, t, query, part, outcome.exact, kit.search);
			if (!results.length) return tier;
			const section = kit.el('section', 'search-partial');
			section.dataset.tier = 'alias';
			section.append(...tierList(kit, `${id}-alias`, t.label, results));
			return {
				nodes: [section, ...tier.nodes],
				listboxes: [`${id}-alias`, ...tier.listboxes],
				note: tier.note,
			};
		},
	};
}
