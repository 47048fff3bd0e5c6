/**
 * The search dialog, built on first use (Ctrl/Cmd+K or the header search link); on /search/, the
 * page's own field.
 */
import { buildPanel, loadPanel, readParts, SearchPanel, warmSearch } from '~/client/search/panel';
import { t } from '~/i18n/search';

let dialog: HTMLDialogElement | undefined;

function create(): HTMLDialogElement {
	const d = document.createElement('dialog');
	d.className = 'search-dialog';
	d.setAttribute('aria-label', t('search.title'));
	const head = document.createElement('div');
	head.className = 'search-head';
	const title = document.createElement('p');
	title.textContent = t('search.title');
	const close = document.createElement('button');
	close.type = 'button';
	close.className = 'search-close';
	close.setAttribute('aria-label', t('search.close'));
	close.textContent = '✕';
	close.addEventListener('click', () => d.close());
	head.append(title, close);
	const { root, parts } = buildPanel('dlg-search', readParts());
	d.append(head, root);
	d.addEventListener('click', (e) => {
		if (e.target === d) d.close();
	});
	document.body.append(d);
	void new SearchPanel(parts).run();
	return d;
}

// On /search/ the page's own field is the search: the control and Ctrl/Cmd+K go to it, rather than
// open a second panel over it (with a second copy of its styles).
const pageField = document.querySelector<HTMLInputElement>('#search-page .search-input');

// This module is loaded when the reader shows the intent to search (boot.ts: the search control
// hovered, touched or focused) or searches: from then on, fetch what the first search needs (the
// search page loads its own).
if (!pageField) warmSearch();

export async function run(): Promise<void> {
	if (pageField) {
		pageField.focus();
		pageField.select();
		return;
	}
	await loadPanel();
	dialog ??= create();
	if (!dialog.open) dialog.showModal();
	dialog.querySelector('input')?.focus();
}
