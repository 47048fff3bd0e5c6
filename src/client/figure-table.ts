/**
 * The data-centre table as a place to explore, added when its figure comes near (figure.ts loads
 * this chunk beside the chart code): a copy-link button per row (its `#dc-<row id>` anchor is in
 * the page), a group column, sorting by the column headers (`aria-sort` on the sorted one) and a
 * group filter. The view lives in the query (table-state.ts), so a shared link shows it and
 * Back / Forward restore it. A linked row is shown (the table view, the filter lifted if it hid
 * the row) and its country's ring on the map is marked; the row itself is marked by `:target`
 * (figures.css), which works without JavaScript too, and by data-linked, which WebKit keeps when
 * a sort moves the row.
 */
import { t } from '~/i18n/table';
import { copyLink } from './copy-link';
import type { Token } from '~/lib/figures/kind';
import {
	DEFAULT_STATE,
	order,
	readState,
	sameState,
	sortBy,
	writeState,
	type SortKey,
	type SortableRow,
	type TableState,
} from '~/lib/figures/datacenters/table-state';

export interface TableSpec {
	rows: SortableRow[];
	groups: { key: string; label: string; token: Token }[];
}

type Place = [x: number, y: number, r: number];
type Places = { world: Record<string, Place>; phone: Record<string, Place> };

const ROW = 'dc-';

/**
 * Puts `wanted` first in `parent`, in order, moving only what is out of place: WebKit forgets
 * `:target` when the element is taken out of the document, even to be put straight back.
 */
function arrange(parent: Element, wanted: (Element | null | undefined)[]): void {
	wanted
		.filter((el): el is Element => !!el)
		.forEach((el, i) => {
			const here = parent.children[i];
			if (here !== el) parent.insertBefore(el, here ?? null);
		});
}

const make = <K extends keyof HTMLElementTagNameMap>(
	tag: K,
	props: Partial<HTMLElementTagNameMap[K]> = {},
): HTMLElementTagNameMap[K] => Object.assign(document.createElement(tag), props);

export function enhance(root: HTMLElement, spec: TableSpec, show: () => void): void {
	const table = root.querySelector('table');
	const head = table?.tHead?.rows[0];
	const section = root.querySelector('.figure-table');
	if (!table || !head || !section || !spec.rows?.length) return;
	const groups = spec.groups.map((g) => g.key);
	const bodies = [...table.tBodies];
	const trs = new Map(
		[...table.querySelectorAll<HTMLTableRowElement>('tbody tr[id]')].map((tr) => [
			tr.id.slice(ROW.length),
			tr,
		]),
	);
	const compare = new Intl.Collator(document.documentElement.lang).compare;

	// The headers as the page has them: place (sorted by country), investor, amount, confidence.
	const [placeTh, investorTh, amountTh] = [...head.cells];
	if (!placeTh || !investorTh || !amountTh) return;
	const groupTh = make('th', { scope: 'col' });
	groupTh.append(t('table.group'));
	placeTh.after(groupTh);
	const linkTh = make('th', { scope: 'col' });
	linkTh.append(make('span', { className: 'sr-only', textContent: t('table.link') }));
	head.prepend(linkTh);
	const sortable: [SortKey, HTMLTableCellElement][] = [
		['country', placeTh],
		['group', groupTh],
		['investor', investorTh],
		['amount', amountTh],
	];
	const names = new Map(sortable.map(([key, th]) => [key, th.firstChild?.textContent?.trim()]));
	for (const [key, th] of sortable) {
		const button = make('button', { type: 'button', className: 'sort' });
		button.append(...th.childNodes);
		button.addEventListener('click', () => change(sortBy(state, key)));
		th.append(button);
	}
	for (const th of table.querySelectorAll<HTMLTableCellElement>('tr.grp th')) th.colSpan += 2;

	// Each row: its copy-link button (a copy of the figure's own) and its group.
	const copy = root.querySelector('.controls .copy-link');
	for (const row of spec.rows) {
		const tr = trs.get(row.id);
		if (!tr) continue;
		const link = make('td');
		if (copy) link.append(copyLink(copy, tr.id, `${row.investor} · ${row.country}`));
		tr.prepend(link);
		const group = spec.groups.find((g) => g.key === row.group);
		const cell = make('td');
		cell.append(make('span', { className: 'swatch' }), group?.label ?? row.group);
		cell.dataset.token = group?.token ?? 'muted';
		tr.cells[1]?.after(cell);
	}

	// The filter and a line saying what is shown, kept in view while the table scrolls sideways.
	const bar = make('div', { className: 'table-bar' });
	const select = make('select', { id: `${root.querySelector('figure')?.id ?? 'fig'}-group` });
	const count = (key: string | null) => spec.rows.filter((r) => !key || r.group === key).length;
	select.append(
		make('option', { value: '', textContent: t('table.all', { n: count(null) }) }),
		...spec.groups.map((g) =>
			make('option', {
				value: g.key,
				textContent: t('table.option', { label: g.label, n: count(g.key) }),
			}),
		),
	);
	select.addEventListener('change', () => change({ ...state, group: select.value || null }));
	const label = make('label', { htmlFor: select.id, textContent: t('table.filter') });
	const status = make('p', { className: 'table-status' });
	status.setAttribute('role', 'status');
	bar.append(label, select, status);
	section.prepend(bar);

	let state: TableState = readState(location.search, groups);

	function render(): void {
		if (!table) return;
		const ids = order(spec.rows, state, groups, compare);
		const shown = new Set(ids);
		const byGroup = state.sort === 'group';
		// By group, each group's rows under its heading (the report's layout); otherwise one list.
		const [first] = bodies;
		arrange(table, [
			table.caption,
			table.tHead,
			...(byGroup && state.dir === 'descending' ? [...bodies].reverse() : bodies),
		]);
		bodies.forEach((body, i) => {
			const own = ids.filter(
				(id) => !byGroup || spec.rows.find((r) => r.id === id)?.group === groups[i],
			);
			if (byGroup || body === first)
				arrange(body, [body.querySelector('tr.grp'), ...own.map((id) => trs.get(id))]);
		});
		for (const [id, tr] of trs) tr.hidden = !shown.has(id);
		bodies.forEach((body, i) => {
			const heading = body.querySelector<HTMLElement>('tr.grp');
			if (heading)
				heading.hidden =
					!byGroup || !spec.rows.some((r) => r.group === groups[i] && shown.has(r.id));
		});
		for (const [key, th] of sortable) {
			if (key === state.sort) th.ariaSort = state.dir;
			else th.removeAttribute('aria-sort');
		}
		select.value = state.group ?? '';
		const sorted =
			byGroup && state.dir === 'ascending'
				? t('table.report')
				: t('table.sorted', { column: names.get(state.sort) ?? '', dir: t(`table.${state.dir}`) }) +
					(state.sort === 'amount' ? t('table.currencies') : '');
		status.textContent = t('table.status', {
			shown: ids.length,
			total: spec.rows.length,
			order: sorted,
		});
	}

	/** A view the reader chose: drawn, and a new entry in the history. */
	function change(next: TableState): void {
		if (sameState(next, state)) return;
		state = next;
		render();
		history.pushState(history.state, '', writeState(location.href, state));
	}

	// A linked row: shown (the filter lifted if it hid it), below the header, its ring marked.
	const map = root.querySelector('.figure-map');
	const ring = make('span', { className: 'map-mark', hidden: true });
	ring.ariaHidden = 'true';
	map?.append(ring);
	let places: Promise<Places> | undefined;
	const linked = () => {
		const id = decodeURIComponent(location.hash.slice(1));
		return id.startsWith(ROW) ? trs.get(id.slice(ROW.length)) : undefined;
	};
	async function markRing(id: string | undefined): Promise<void> {
		const img = map?.querySelector('img');
		ring.hidden = true;
		if (!id || !img) return;
		places ??= fetch(new URL('datacenters-markers.json', img.src)).then((r) =>
			r.ok ? (r.json() as Promise<Places>) : Promise.reject(new Error(`${r.status}`)),
		);
		places.catch(() => (places = undefined));
		const found = await places.catch(() => undefined);
		const [world, phone] = [found?.world[id], found?.phone[id]];
		if (!world || !phone || linked()?.id !== ROW + id) return;
		['x', 'y', 'r'].forEach((axis, i) => {
			ring.style.setProperty(`--${axis}`, `${world[i]}%`);
			ring.style.setProperty(`--p${axis}`, `${phone[i]}%`);
		});
		ring.hidden = false;
	}
	function land(scroll: boolean): void {
		const tr = linked();
		for (const row of trs.values()) row.toggleAttribute('data-linked', row === tr);
		void markRing(tr?.id.slice(ROW.length));
		if (!tr) return;
		if (tr.hidden) {
			state = { ...state, group: null };
			render();
			history.replaceState(history.state, '', writeState(location.href, state));
		}
		show();
		if (scroll) tr.scrollIntoView({ block: 'start' });
	}

	render();
	if (!sameState(state, DEFAULT_STATE)) show();
	land(false);
	addEventListener('hashchange', () => land(true));
	addEventListener('popstate', () => {
		const next = readState(location.search, groups);
		if (sameState(next, state)) return;
		state = next;
		render();
		show();
	});
}
