/**
 * Run on a trend page once the reader is there (idle.ts): dates the citation block, and waits for
 * the reader to quote selected text, loading the code for it only then (quote.ts).
 */
import { showAccessDate } from '../cite-date';
import type * as Quote from './quote';

export function run(): void {
	let loaded: Promise<typeof Quote> | undefined;
	const quote = () => (loaded ??= import('./quote'));
	let timer: ReturnType<typeof setTimeout> | undefined;
	// A selection grows as the reader drags: show the bar once it rests. Also for a selection made
	// before this code arrived (selecting is what loads it).
	const rest = () => {
		clearTimeout(timer);
		timer = setTimeout(() => {
			const selection = getSelection();
			if (selection && !selection.isCollapsed) void quote().then((m) => m.update());
			else void loaded?.then((m) => m.hide());
		}, 200);
	};
	document.addEventListener('selectionchange', rest);
	if (getSelection()?.isCollapsed === false) rest();
	// Alt+Q: the keyboard path to the bar for a selection made any way.
	document.addEventListener('keydown', (event) => {
		if (!event.altKey || event.ctrlKey || event.metaKey || event.code !== 'KeyQ') return;
		const selection = getSelection();
		if (!selection || selection.isCollapsed) return;
		event.preventDefault();
		void quote().then((m) => m.update(true));
	});
	// The citation block shows the reader's day as the access date, as it will be copied. Last: the
	// tests take the date for the sign that this code is listening (helpers/page.ts readerMoves).
	showAccessDate(document.querySelectorAll('.cite pre'));
}
