/**
 * Loaded on idle (idle.ts) on every page: waits for the reader to share, and loads the code for it
 * only then. On a trend page: the QR buttons (qr.ts) and quoting selected text (quote.ts). On any
 * page opened by a text-fragment link the engine did not follow itself: find.ts.
 */
import type * as Quote from './quote';

const article = document.querySelector<HTMLElement>('[data-trend]');

if (/:~:|%3A~%3A/i.test(location.hash)) void import('./find').then((m) => m.run());

if (article) {
	// The headings' QR buttons are copies of the page's (boot.ts): each is named for its heading.
	void import('~/i18n/client').then(
		({ t }) => {
			for (const button of document.querySelectorAll('.heading-row [data-qr]')) {
				const heading = button.closest('.heading-row')?.querySelector('[id]');
				button.setAttribute('aria-label', t('share.qrTo', { label: heading?.textContent ?? '' }));
			}
		},
		() => {},
	);
	document.addEventListener('click', (event) => {
		const button = (event.target as Element).closest<HTMLElement>('[data-qr]');
		if (button) void import('./qr').then((m) => m.run(button));
	});

	let loaded: Promise<typeof Quote> | undefined;
	const quote = () => (loaded ??= import('./quote'));
	let timer: ReturnType<typeof setTimeout> | undefined;
	// A selection grows as the reader drags: show the bar once it rests.
	document.addEventListener('selectionchange', () => {
		clearTimeout(timer);
		timer = setTimeout(() => {
			const selection = getSelection();
			if (selection && !selection.isCollapsed) void quote().then((m) => m.update());
			else void loaded?.then((m) => m.hide());
		}, 200);
	});
	// Alt+Q: the keyboard path to the bar for a selection made any way.
	document.addEventListener('keydown', (event) => {
		if (!event.altKey || event.ctrlKey || event.metaKey || event.code !== 'KeyQ') return;
		const selection = getSelection();
		if (!selection || selection.isCollapsed) return;
		event.preventDefault();
		void quote().then((m) => m.update(true));
	});
}
