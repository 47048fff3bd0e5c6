/**
 * The header's link to the other language lands on the same place: both editions share ids, so it
 * carries the current #id (and the search page's ?q=, the data-centre table's view). Without this it
 * is a plain link to the twin.
 */
/**
 * Query parameters that mean the same in both editions: the search page's and the data-centre
 * table's view (PARAMS of lib/figures/datacenters/table-state.ts, spelt out here: importing them
 * would make this idle chunk share a module with the table's chunk, which costs every page's boot
 * script bytes; tests/unit/table-state.test.ts keeps the two equal).
 */
export const KEPT = ['q', 'dc-sort', 'dc-group'];

export function keepPlace(): void {
	const links = [...document.querySelectorAll<HTMLAnchorElement>('a.lang-switch')];
	const twins = links.map((a) => a.href);
	const sync = () =>
		links.forEach((a, i) => {
			const target = new URL(twins[i] ?? a.href);
			const params = new URLSearchParams(location.search);
			for (const name of KEPT) {
				const value = params.get(name);
				if (value) target.searchParams.set(name, value);
			}
			target.hash = location.hash;
			a.href = target.href;
		});
	sync();
	addEventListener('hashchange', sync);
	// The search page writes ?q= with history.replaceState, the table its view with pushState:
	// neither fires an event here.
	for (const a of links) a.addEventListener('pointerdown', sync);
	for (const a of links) a.addEventListener('focus', sync);
}
