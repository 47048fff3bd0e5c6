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

/** Each language link's target before the place is added: the twin page, or one learnt later. */
const twins = new Map<HTMLAnchorElement, string>();

const sync = () =>
	twins.forEach((twin, a) => {
		const target = new URL(twin);
		const params = new URLSearchParams(location.search);
		for (const name of KEPT) {
			const value = params.get(name);
			if (value) target.searchParams.set(name, value);
		}
		target.hash = location.hash;
		a.href = target.href;
	});

export function keepPlace(): void {
	for (const a of document.querySelectorAll<HTMLAnchorElement>('a.lang-switch'))
		twins.set(a, a.href);
	sync();
	addEventListener('hashchange', sync);
	// The search page writes ?q= with history.replaceState, the table its view with pushState:
	// neither fires an event here.
	for (const a of twins.keys()) {
		a.addEventListener('pointerdown', sync);
		a.addEventListener('focus', sync);
	}
}

/**
 * The twin for a page that learns it once idle: the 404 page, once it knows the address asked for
 * (notfound.ts), links the other edition's 404 page for that address's twin.
 */
export function setTwin(href: string): void {
	for (const a of twins.keys()) twins.set(a, href);
	sync();
}
