/**
 * The /search/ page: its panel, which the HTML carries whole (SearchPanel.astro), wired to the
 * search code, with query and filter mirrored in the URL.
 */
import { readState, stateToSearch, type SearchState } from '~/lib/search/url';

const shell = document.querySelector<HTMLElement>('#search-page .search-panel');

/** Loads the search code and wires the panel to it, keeping what the reader did before it came. */
async function wire(root: HTMLElement): Promise<void> {
	const [{ pagePanel, SearchPanel, warmIndex }, { loadSearchStrings }] = await Promise.all([
		import('./panel'),
		import('~/i18n/search'),
	]);
	await loadSearchStrings();
	warmIndex();
	// The URL entry on screen is "settled" after a pause in typing: the next change pushes a new
	// history entry, keystrokes in between only replace it, so back/forward step through queries
	// rather than letters.
	let settled = true;
	let timer: ReturnType<typeof setTimeout> | undefined;
	const panel = new SearchPanel(pagePanel(root), (state) => {
		const next = stateToSearch(state) || location.pathname;
		if (next === (location.search || location.pathname)) return;
		if (settled) history.pushState(null, '', next);
		else history.replaceState(null, '', next);
		settled = false;
		clearTimeout(timer);
		timer = setTimeout(() => (settled = true), 700);
	});
	const restore = (before: SearchState = { q: '', part: '' }) => {
		const url = readState(location.search);
		panel.state = { q: url.q || before.q, part: url.part || before.part };
		void panel.run();
	};
	window.addEventListener('popstate', () => restore());
	// What the reader typed or chose while this code loaded counts, unless the URL names it.
	restore(panel.state);
}

if (shell) {
	// The page shows the panel and its list of trends from the first paint, and a reader here is
	// here to search: the field takes the focus. The search code (its words, then Pagefind) loads at
	// the reader's first move (a pointer, a touch, a key, typing), which comes before their first
	// word, rather than while the page loads (issue 25); a query in the URL loads it at once.
	const input = shell.querySelector('input');
	input?.focus();
	const url = readState(location.search);
	// Typed or chosen before this script ran (it is a module: it waits for the whole page).
	const acted =
		!!input?.value || !!shell.querySelector<HTMLInputElement>('.search-chips :checked')?.value;
	const moves = ['pointermove', 'pointerdown', 'keydown', 'input'];
	const start = () => {
		for (const type of moves) removeEventListener(type, start, true);
		void wire(shell);
	};
	if (url.q || url.part || acted) start();
	else for (const type of moves) addEventListener(type, start, { capture: true, passive: true });
}
