/** Opens the page's twin in the other language at the same place: same #id, same search query. */
export function run(link: HTMLElement): void {
	if (!(link instanceof HTMLAnchorElement)) return;
	const target = new URL(link.href);
	const q = new URLSearchParams(location.search).get('q');
	if (q) target.searchParams.set('q', q);
	target.hash = location.hash;
	location.assign(target.href);
}
