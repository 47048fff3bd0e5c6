/** The /search/ page: the shared search panel, with query and filter mirrored in the URL. */
import { readState, stateToSearch } from '~/lib/search/url';
import { buildPanel, loadPanel, readParts, SearchPanel, warmSearch } from './panel';

// The URL mirrors query and filter (shareable). The entry on screen is "settled" after a pause
// in typing: the next change pushes a new history entry, keystrokes in between only replace it,
// so back/forward step through queries rather than letters.
const shell = document.querySelector<HTMLElement>('#search-page .search-panel');
if (shell) {
	await loadPanel();
	const { parts } = buildPanel('page-search', readParts(), shell);
	// A reader on this page is here to search: Pagefind starts loading at their first move (a
	// pointer, a touch, a key), which comes before their first word, rather than while the page
	// loads (issue 25); a query in the URL loads it at once (restore, below). Not before the panel
	// is built: it would only hold the panel back.
	const moves = ['pointermove', 'pointerdown', 'keydown'];
	const warm = () => {
		for (const type of moves) removeEventListener(type, warm, true);
		warmSearch();
	};
	for (const type of moves) addEventListener(type, warm, { capture: true, passive: true });
	let settled = true;
	let timer: ReturnType<typeof setTimeout> | undefined;
	const panel = new SearchPanel(parts, (state) => {
		const next = stateToSearch(state) || location.pathname;
		if (next === (location.search || location.pathname)) return;
		if (settled) history.pushState(null, '', next);
		else history.replaceState(null, '', next);
		settled = false;
		clearTimeout(timer);
		timer = setTimeout(() => (settled = true), 700);
	});
	const restore = (typed = '') => {
		const state = readState(location.search);
		panel.state = { ...state, q: state.q || typed };
		void panel.run();
	};
	window.addEventListener('popstate', () => restore());
	// What the reader typed while this code loaded counts, unless the URL names a query.
	restore(parts.input.value);
	parts.input.focus();
}
