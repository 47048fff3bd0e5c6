/**
 * What the panel shows beyond the exact tier, imported only once the exact tier has answered (so
 * nothing is added to the bytes before its first results show), which keeps the panel's own chunk to
 * the exact tier: the glossary-alias list (the edition's table, /search/aliases.json, fetched once;
 * lib/search/aliases.ts) for every query; the second tier (second-tier.ts, imported only after a Latin
 * query with no exact result); and, for a query that matches nothing, the empty state's keyword index.
 * Also the labelled lists' builder, which the second tier takes from here.
 */
import type { t } from '~/i18n/search';
import { aliasForms, aliasResults, type AliasTable, type ExactSearch } from '~/lib/search/aliases';
import type { SearchDoc } from '~/lib/search/docs';
import type { ResultView, SearchOutcome } from '~/lib/search/exact-tier';
import { needsSecondTier } from '~/lib/search/tier-gate';
import type { Corpus } from './corpus';
import type { el, resultGroup, trendLabel } from './render';
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
	trendLabel: typeof trendLabel;
	t: typeof t;
}

/** The panel's query and where its lists go: `id` prefixes their ids; `rerun` searches a corrected spelling. */
export interface Asked {
	/** The pages the exact tier searched. */
	docs: readonly SearchDoc[];
	outcome: SearchOutcome;
	query: string;
	part: string;
	id: string;
	rerun: (q: string) => void;
}

/** The second tier's code: if it cannot load, the exact tier's honest empty state stands. */
async function tierView(
	corpus: Pick<Corpus, 'all'>,
	{ outcome, query, part, id, rerun }: Asked,
	kit: Kit,
): Promise<TierView | undefined> {
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
function loadTable(base: string): Promise<AliasTable | undefined> {
	const edition = document.documentElement.lang === 'en' ? 'en/' : '';
	table ??= fetch(`${base}${edition}search/aliases.json`)
		.then((r) =>
			r.ok ? (r.json() as Promise<AliasTable>) : Promise.reject(new Error(`${r.status}`)),
		)
		.catch((error: unknown) => {
			table = undefined;
			throw error;
		});
	return table.catch(() => undefined);
}

/** Keywords in Latin script are English: marked so screen readers pronounce them as such. */
const isEnglish = (s: string) => /^[\p{Script=Latin}\p{N}\p{P}\p{Zs}]+$/u.test(s);

/**
 * For a query that matches nothing: the terms that do occur, trend by trend, each one a search (the
 * panel searches a chip's data-term when it is pressed).
 */
function keywordIndex(docs: readonly SearchDoc[], { el, trendLabel, t }: Kit): Node[] {
	const list = el('ol', 'search-index');
	for (const d of [...docs].sort((a, b) => a.number - b.number)) {
		const li = el('li', '');
		const a = el('a', 'search-index-trend');
		a.href = d.url;
		a.append(el('span', 'kicker', trendLabel(d.number)), el('span', '', d.title));
		const terms = el('p', 'search-keywords');
		terms.append(
			...d.keywords.map((k) => {
				const b = el('button', 'chip', k);
				b.type = 'button';
				b.dataset.term = k;
				if (isEnglish(k)) b.lang = 'en';
				return b;
			}),
		);
		li.append(a, terms);
		list.append(li);
	}
	return [el('h2', '', t('search.keywords')), list];
}

/** The lists beyond the exact tier, and for a query that matches nothing, the keyword index. */
export interface Beyond extends TierView {
	index?: Node[];
}

/**
 * The lists beyond the exact tier for a query: the glossary alias list (the pages of the forms the
 * query names), then, when the exact tier has nothing for a Latin query, the second tier's (over
 * every page of the corpus). Either stands without the other if its files cannot load.
 */
export async function beyond(
	base: string,
	corpus: Pick<Corpus, 'all' | 'docs'>,
	asked: Asked,
	kit: Kit,
): Promise<Beyond> {
	const [t, second = { nodes: [], listboxes: [], note: '' }] = await Promise.all([
		loadTable(base),
		tierView(corpus, asked, kit),
	]);
	const { outcome, query, part, id } = asked;
	const found = outcome.exact.length > 0 || outcome.elsewhere > 0;
	const tier: Beyond = found ? second : { ...second, index: keywordIndex(asked.docs, kit) };
	if (!t) return tier;
	const docs = await corpus.docs([query, ...aliasForms(t, query)]);
	const results = aliasResults(docs, t, query, part, outcome.exact, kit.search);
	if (!results.length) return tier;
	const section = kit.el('section', 'search-partial');
	section.dataset.tier = 'alias';
	section.append(...tierList(kit, `${id}-alias`, t.label, results));
	return {
		...tier,
		nodes: [section, ...tier.nodes],
		listboxes: [`${id}-alias`, ...tier.listboxes],
	};
}
