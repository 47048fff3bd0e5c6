/**
 * The data-centre table's view, sorted and filtered, and its place in the URL
 * (`?dc-sort=amount-desc&dc-group=energy`): pure, shared by the browser code and the unit tests.
 * The report's own order (by group) is the default, and is left out of the URL. The parameters are
 * named for the rows' `#dc-` anchors; the hash stays free for deep links.
 */
export const PARAMS = { sort: 'dc-sort', group: 'dc-group' } as const;

export const SORT_KEYS = ['group', 'country', 'investor', 'amount'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type Direction = 'ascending' | 'descending';

export interface TableState {
	sort: SortKey;
	dir: Direction;
	/** The one group shown, or null for all of them. */
	group: string | null;
}

export const DEFAULT_STATE: TableState = { sort: 'group', dir: 'ascending', group: null };

/** What a row is sorted and filtered by: the dataset's own values, in the page's language. */
export interface SortableRow {
	id: string;
	group: string;
	country: string;
	investor: string;
	amount: number;
	currency: string;
}

const isSortKey = (key: string): key is SortKey => (SORT_KEYS as readonly string[]).includes(key);

/** The view a URL's query asks for; anything unknown falls back to the default. */
export function readState(search: string, groups: readonly string[]): TableState {
	const params = new URLSearchParams(search);
	const raw = params.get(PARAMS.sort) ?? '';
	const desc = raw.endsWith('-desc');
	const key = desc ? raw.slice(0, -'-desc'.length) : raw;
	const group = params.get(PARAMS.group);
	return {
		...(isSortKey(key) ? { sort: key, dir: desc ? 'descending' : 'ascending' } : DEFAULT_STATE),
		group: group !== null && groups.includes(group) ? group : null,
	};
}

/** `href` with the view in its query (the default view left out); its path and hash kept. */
export function writeState(href: string, state: TableState): string {
	const url = new URL(href);
	const sorted = state.sort !== DEFAULT_STATE.sort || state.dir !== DEFAULT_STATE.dir;
	if (sorted)
		url.searchParams.set(PARAMS.sort, state.sort + (state.dir === 'descending' ? '-desc' : ''));
	else url.searchParams.delete(PARAMS.sort);
	if (state.group) url.searchParams.set(PARAMS.group, state.group);
	else url.searchParams.delete(PARAMS.group);
	return url.href;
}

export const sameState = (a: TableState, b: TableState): boolean =>
	a.sort === b.sort && a.dir === b.dir && a.group === b.group;

/** A header pressed: the same column turns its order round, another one starts ascending. */
export const sortBy = (state: TableState, key: SortKey): TableState => ({
	...state,
	sort: key,
	dir: state.sort === key && state.dir === 'ascending' ? 'descending' : 'ascending',
});

/**
 * The ids of the rows shown, in order. Groups go in the dataset's order; names by `compare` (the
 * page language's collation); amounts within each currency (currencies in code order, never
 * converted into one another). Ties keep the report's order.
 */
export function order(
	rows: readonly SortableRow[],
	state: TableState,
	groups: readonly string[],
	compare: (a: string, b: string) => number,
): string[] {
	const sign = state.dir === 'descending' ? -1 : 1;
	const by: Record<SortKey, (a: SortableRow, b: SortableRow) => number> = {
		group: (a, b) => sign * (groups.indexOf(a.group) - groups.indexOf(b.group)),
		country: (a, b) => sign * compare(a.country, b.country),
		investor: (a, b) => sign * compare(a.investor, b.investor),
		amount: (a, b) => compare(a.currency, b.currency) || sign * (a.amount - b.amount),
	};
	return rows
		.map((row, index) => ({ row, index }))
		.filter(({ row }) => state.group === null || row.group === state.group)
		.sort((a, b) => by[state.sort](a.row, b.row) || a.index - b.index)
		.map(({ row }) => row.id);
}
