/**
 * The header's link to the other language lands on the same place: both editions share ids, so it
 * carries the current #id (and the search page's ?q=). Without this it is a plain link to the twin.
 */
export function keepPlace(): void {
	const links = [...document.querySelectorAll<HTMLAnchorElement>('a.lang-switch')];
	const twins = links.map((a) => a.href);
	const sync = () =>
		links.forEach((a, i) => {
			const target = new URL(twins[i] ?? a.href);
			const q = new URLSearchParams(location.search).get('q');
			if (q) target.searchParams.set('q', q);
			target.hash = location.hash;
			a.href = target.href;
		});
	sync();
	addEventListener('hashchange', sync);
	// The search page writes ?q= with history.replaceState, which fires no event.
	for (const a of links) a.addEventListener('pointerdown', sync);
	for (const a of links) a.addEventListener('focus', sync);
}
