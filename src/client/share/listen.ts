/**
 * Run on idle (idle.ts) on trend pages: dates the citation block, waits for the reader to share, and
 * loads the code for it only then: quoting selected text (quote.ts; the QR and poster buttons are
 * boot.ts's, so they work before the page is idle), and inside WeChat or QQ the share button, which
 * there shows how to share from the app's menu (actions/share.ts).
 */
import { showAccessDate } from '../cite-date';
import { inApp } from './in-app';
import type * as Quote from './quote';

export function run(): void {
	// The headings' QR and poster buttons are copies of the page's (boot.ts): each is named for its
	// heading.
	void import('~/i18n/client').then(
		({ t }) => {
			for (const row of document.querySelectorAll('.heading-row')) {
				const label = row.querySelector('[id]')?.textContent ?? '';
				row.querySelector('[data-qr]')?.setAttribute('aria-label', t('share.qrTo', { label }));
				row
					.querySelector('[data-rr="poster"]')
					?.setAttribute('aria-label', t('share.posterTo', { label }));
			}
		},
		() => {},
	);
	// The citation block shows the reader's day as the access date, as it will be copied.
	showAccessDate(document.querySelectorAll('.cite pre'));
	// Here rather than in boot.ts, whose every byte every page pays for.
	if (inApp())
		for (const el of document.querySelectorAll<HTMLElement>('[data-rr="share"]')) el.hidden = false;

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
