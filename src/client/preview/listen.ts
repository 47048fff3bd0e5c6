/**
 * Loaded on idle (idle.ts): waits for the reader to reach for a citation, a glossary term, a link to
 * a trend or a number, and loads the preview code (preview.ts) only then. Hover (after a short
 * delay) and keyboard focus open a preview beside the link; a click or tap opens it and moves into
 * it. Without this code every link goes where it goes.
 */
import type * as Preview from './preview';
import { TARGETS } from './targets';

let loaded: Promise<typeof Preview> | undefined;
const preview = () => (loaded ??= import('./preview'));
const target = (event: Event) =>
	(event.target instanceof Element && event.target.closest<HTMLElement>(TARGETS)) || null;

// A number in the text is a span: it joins the focus order so the keyboard can preview it too.
for (const datum of document.querySelectorAll('.prose-zh .datum')) {
	datum.setAttribute('tabindex', '0');
	datum.setAttribute('role', 'button');
}

let hover: ReturnType<typeof setTimeout> | undefined;
document.addEventListener('pointerover', (event) => {
	const el = target(event);
	clearTimeout(hover);
	if (!el || event.pointerType !== 'mouse') return;
	void preview();
	hover = setTimeout(() => void preview().then((m) => m.open(el, 'hover')), 350);
});
document.addEventListener('pointerout', (event) => {
	if (target(event)) clearTimeout(hover);
});
// Focus opens a preview for the keyboard only: a press of the pointer focuses the link too, and its
// click opens the preview itself (a popover shown between press and release would be dismissed).
let pressed = 0;
document.addEventListener('pointerdown', () => (pressed = Date.now()), true);
document.addEventListener('focusin', (event) => {
	const el = target(event);
	if (el?.matches(':focus-visible') && Date.now() - pressed > 600)
		void preview().then((m) => m.open(el, 'focus'));
});
document.addEventListener('click', (event) => {
	const el = target(event);
	if (!el || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
	event.preventDefault();
	clearTimeout(hover);
	void preview().then(
		(m) => m.open(el, 'click'),
		() => el instanceof HTMLAnchorElement && location.assign(el.href),
	);
});
document.addEventListener('keydown', (event) => {
	const el = target(event);
	if (el?.classList.contains('datum') && (event.key === 'Enter' || event.key === ' ')) {
		event.preventDefault();
		void preview().then((m) => m.open(el, 'click'));
	}
});
