/** The /search/ page: the shared search panel, with query and filter mirrored in the URL. */
import { readState, stateToSearch } from '~/lib/search';
import { buildPanel, loadSearchStyles, readParts, SearchPanel, warmSearch } from './panel';

// The URL mirrors query and filter (shareable). The entry on screen is "settled" after a pause
// in typing: the next change pushes a new history entry, keystrokes in between only replace it,
// so back/forward step through queries rather than letters.
const host = document.getElementById('search-page');
if (host) {
	// A reader on this page is here to search: Pagefind starts loading with the panel.
	warmSearch();
	await loadSearchStyles();
	const { root, parts } = buildPanel('page-search', readParts());
	host.append(root);
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
	const restore = () => {
		panel.state = readState(location.search);
		void panel.run();
	};
	window.addEventListener('popstate', restore);
	restore();
	parts.input.focus();
}
