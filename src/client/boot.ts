/**
 * The one script every page loads (well under 1 KB). It sets the initial state of a few controls
 * and, on the reader's first interaction with a control, imports only the code for that control.
 * Controls declare themselves with data-rr="<action>". When that code cannot be loaded (a page kept
 * from before a deploy asks for files the deploy removed), a link still goes where it points.
 */
import { inApp } from './share/in-app';

const root = document.documentElement;

const actions = {
	theme: () => import('./actions/theme'),
	copy: () => import('./actions/copy'),
	share: () => import('./actions/share'),
	search: () => import('./actions/search'),
	// Here, not on idle: a QR or poster button pressed while the page still loads does its job.
	qr: () => import('./share/qr'),
	poster: () => import('./share/poster'),
};
type Action = keyof typeof actions;

/** Runs a control's action; if its code is gone, a link falls back to being a link. */
const act = (name: Action, el: Element | null) =>
	actions[name]().then(
		(m) => m.run(el as HTMLElement),
		() => {
			if (el instanceof HTMLAnchorElement) location.assign(el.href);
		},
	);

// A page has at most one of each (the header's theme button, the trend's share button).
const theme = document.querySelector<HTMLElement>('[data-rr=theme]');
if (theme) theme.ariaPressed = String(root.dataset.theme === 'dark');
// Shown where the page can share: with Web Share, or inside WeChat or QQ, where it shows how to
// share from the app's menu (share/wechat.ts).
const share = document.querySelector<HTMLElement>('[data-rr=share]');
if (share && ('share' in navigator || inApp())) share.hidden = false;

document.addEventListener('click', (event) => {
	const el = (event.target as Element).closest<HTMLElement>('[data-rr]');
	// No data-rr, or an unknown one: not a control of ours ('undefined' in actions is false too).
	const name = el?.dataset.rr as Action;
	if (!el || !(name in actions)) return;
	// A modified click on the search link opens /search/ in a new tab as usual.
	if (name === 'search' && (event.metaKey || event.ctrlKey || event.shiftKey)) return;
	event.preventDefault();
	void act(name, el);
});

// The intent to search (the search control hovered, touched or focused: pointerover covers touch
// too) loads the search code, which starts fetching Pagefind (actions/search.ts).
const warm = (event: Event) => {
	if ((event.target as Element).closest('[data-rr=search]')) actions.search().catch(() => {});
};
for (const type of ['pointerover', 'focusin']) document.addEventListener(type, warm);

document.addEventListener('keydown', (event) => {
	if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') {
		event.preventDefault();
		void act('search', document.querySelector('[data-rr=search]'));
	}
});

// A landing from search (?hl=…): the highlight code reads the words itself.
if (location.search.includes('hl='))
	void import('./actions/highlight').then(
		(m) => m.run(),
		() => {},
	);

// The figures' element and the reading companion (language link, offline copy, resume, current
// section, quoting) wait until the page is idle, so they never compete with the first view. WebKit
// has no requestIdleCallback: there it runs after the current task. Without that code (a page kept
// from before a deploy) the page reads as it does without JS: figures show their tables.
(window.requestIdleCallback || setTimeout)(() =>
	import('./idle').catch(() => root.classList.remove('js')),
);
