/**
 * Loaded by boot.ts once the page is idle, and kept small: every page registers the offline worker
 * and links the app manifest at the reader's first move (offline.ts), carries its place to the
 * other language (lang-link.ts) and waits for the reader to reach for a preview (preview/listen.ts).
 * Everything else loads only where it has work, and when (issue 25): each chunk loaded costs the
 * main thread a dozen tasks, so a page that is only opened loads one, and the rest waits for the
 * reader to move or for a figure to come near.
 * If this chunk cannot load (the reader navigated away, or a page kept from before a deploy), the
 * page reads as it does without it.
 */
import { keepPlace } from './lang-link';
import { retrying } from './figure-retry';
import { control, linkManifest, run as offline } from './offline';
import './preview/listen';
import { addHeadingLinks } from './share/headings';

const root = document.documentElement;
const quiet = () => {};

/**
 * Runs `start` once the reader moves (scrolls, points, touches, types or selects), or at once when
 * the page opens at a place in it (a #section link, a restored scroll): work a page that is only
 * opened has no use for.
 */
const onFirstMove = (start: () => void): void => {
	const moves = ['scroll', 'pointermove', 'pointerdown', 'keydown', 'focusin', 'selectionchange'];
	if (location.hash || scrollY > 0) {
		start();
		return;
	}
	const once = () => {
		for (const type of moves) removeEventListener(type, once, true);
		start();
	};
	for (const type of moves) addEventListener(type, once, { capture: true, passive: true });
};

// <rr-figure> is defined here rather than by a script tag beside the figure, which the browser
// would fetch with the stylesheets, ahead of the first paint; and once a figure is within a screen
// of the viewport, as a lazy image is loaded (the element then fetches its data and Chart.js a
// little nearer), or at once when a figure's retry has reloaded the page (the element puts the
// reader back there: an engine may not restore the scroll on reload). Without it the page reads as
// it does without JS: figures show their tables.
const figures = document.querySelectorAll('rr-figure');
const defineFigures = () => void import('./figure').catch(() => root.classList.remove('js'));
if (figures.length && retrying()) defineFigures();
else if (figures.length) {
	const near = new IntersectionObserver(
		(entries) => {
			if (!entries.some((e) => e.isIntersecting)) return;
			near.disconnect();
			defineFigures();
		},
		{ rootMargin: '100% 0px' },
	);
	for (const figure of figures) near.observe(figure);
}

// A trend page: its headings' link buttons, where am I (the contents, the place to resume, read to
// the end), and quoting and the citation's date, once the reader moves.
if (document.querySelector('[data-trend]'))
	onFirstMove(() => {
		addHeadingLinks();
		void import('./reading/where').then((m) => m.run(), quiet);
		void import('./share/listen').then((m) => m.run(), quiet);
	});

// A #id the page has no element for: perhaps one a chat app glued its punctuation to (#capex）).
const id = location.hash.slice(1);
if (id && !id.includes(':~:') && !document.getElementById(id))
	void import('./mend-hash').then((m) => m.run(), quiet);

// The 404 page: a mangled link goes on to its page, or the page offers the one it meant.
if (document.querySelector('[data-notfound]'))
	void import('./notfound').then((m) => m.run(), quiet);

// A page opened by a text-fragment link the engine did not follow itself.
if (/:~:|%3A~%3A/i.test(location.hash)) void import('./share/find').then((m) => m.run(), quiet);

/**
 * Whether this device remembers a place or a trend read (reading/store.ts's keys, spelt out: a module
 * shared with the chunks loaded from here would make this chunk export it, which costs every page's
 * boot script bytes).
 */
const remembered = (): boolean => {
	try {
		return !!(localStorage.getItem('rr-place') || localStorage.getItem('rr-read'));
	} catch {
		return false;
	}
};

// The home page's resume line and the trend cards' ✓, for a reader with something remembered.
if (document.querySelector('.resume-slot, a.card') && remembered())
	void import('./reading/menu').then((m) => m.page()).catch(quiet);

// The menu's list and tools, once it opens or the reader reaches for its button: hidden until then,
// they cost nothing to wait for. The 离线阅读 control goes last, once the list is in: it waits for
// the worker, which the list must not (an engine may never have one ready).
let made: Promise<void> | undefined;
const tools = () => {
	if (made) return;
	const offlineControl = control().catch(() => undefined);
	made = import('./menu-tools')
		.then((m) => m.prepare())
		.then((place) => {
			place();
			return offlineControl;
		})
		.then((place) => place?.())
		.catch(quiet);
};
const menu = document.getElementById('site-menu');
menu?.addEventListener('beforetoggle', tools);
for (const button of document.querySelectorAll('[popovertarget="site-menu"]'))
	for (const type of ['pointerenter', 'focus']) button.addEventListener(type, tools);
// Opened before this code arrived (the popover needs none), or always shown: an engine without
// popovers shows the menu as a list at the end of the page.
if (!('popover' in HTMLElement.prototype) || menu?.matches(':popover-open')) tools();

keepPlace();
onFirstMove(() => {
	linkManifest();
	void offline().catch(quiet);
});
