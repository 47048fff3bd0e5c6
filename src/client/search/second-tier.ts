/**
 * The second tier in the browser, imported only after a Latin query with no exact result: fetches
 * the edition's pinyin table (/search/terms.json, once), runs lib/search/second-tier.ts over the
 * pages the panel already holds, and builds its labelled lists. Its strings and styles come with it.
 */
import { loadStylesheet } from '../stylesheet';
import { tt } from '~/i18n/second-tier';
import type { SearchDoc } from '~/lib/search/docs';
import type { PinyinTable } from '~/lib/search/pinyin';
import { secondTier, type ExactSearch } from '~/lib/search/second-tier';
import { href } from '~/lib/urls';
import tierCss from '~/styles/search-second-tier.css?url';
import { tierList } from './aliases';
import type { el, resultGroup } from './render';

/**
 * What the panel lends this chunk: its exact search and its elements. Handed in rather than
 * imported, so that they stay in the panel's chunk (see ExactSearch).
 */
export interface PanelKit {
	search: ExactSearch;
	el: typeof el;
	resultGroup: typeof resultGroup;
}

let table: Promise<PinyinTable> | undefined;

function loadTable(): Promise<PinyinTable> {
	const lang = document.documentElement.lang === 'en' ? 'en' : 'zh-CN';
	table ??= fetch(href('search/terms.json', lang))
		.then((r) => {
			if (!r.ok) throw new Error(`search/terms.json: ${r.status}`);
			return r.json() as Promise<PinyinTable>;
		})
		// A failed load is forgotten, so that the next query tries again.
		.catch((error: unknown) => {
			table = undefined;
			throw error;
		});
	return table;
}

export interface TierView {
	/** The lists to show ([] when the tier found nothing: the empty state stays as it is). */
	nodes: HTMLElement[];
	/** The listboxes' ids, for the input's aria-controls. */
	listboxes: string[];
	/** Appended to the status line when the tier lists something. */
	note: string;
}

/**
 * The second tier of a query as the panel shows it. `base` prefixes its ids; `rerun` searches
 * again for the corrected spelling ("Did you mean …").
 */
export async function secondTierView(
	docs: readonly SearchDoc[],
	query: string,
	part: string,
	base: string,
	rerun: (q: string) => void,
	kit: PanelKit,
): Promise<TierView> {
	const { el } = kit;
	const [tbl] = await Promise.all([loadTable(), loadStylesheet(tierCss)]);
	const { pinyin, fuzzy, suggestion } = secondTier(docs, tbl, query, part, kit.search);
	const nodes: HTMLElement[] = [];
	const listboxes: string[] = [];
	if (pinyin.length) {
		const section = el('section', 'search-second');
		section.dataset.tier = 'pinyin';
		section.append(...tierList(kit, `${base}-pinyin`, tt('tier.pinyin'), pinyin));
		nodes.push(section);
		listboxes.push(`${base}-pinyin`);
	}
	if (fuzzy.length) {
		const section = el('section', 'search-second');
		section.dataset.tier = 'fuzzy';
		const mean = el('p', 'did-you-mean', tt('tier.didYouMean'));
		const button = el('button', 'chip', suggestion);
		button.type = 'button';
		// A corrected spelling is always a Latin word of the text.
		button.lang = 'en';
		button.addEventListener('click', () => rerun(suggestion));
		mean.append(button);
		const [heading, list] = tierList(kit, `${base}-fuzzy`, tt('tier.fuzzy'), fuzzy);
		section.append(heading, mean, list);
		nodes.push(section);
		listboxes.push(`${base}-fuzzy`);
	}
	return { nodes, listboxes, note: nodes.length ? tt('tier.note') : '' };
}
