/**
 * Loaded by boot.ts once the page is idle. The figures' element and each companion feature are
 * chunks of their own, imported from here, so none of them weighs on the first view. A chunk that
 * cannot load (the reader navigated away, or a page kept from before a deploy) leaves the page as it
 * reads without it.
 */
const skip = () => {};

// <rr-figure> is defined here rather than by a script tag beside the figure, which the browser
// would fetch with the stylesheets, ahead of the first paint. Without it the page reads as it does
// without JS: figures show their tables.
if (document.querySelector('rr-figure'))
	void import('./figure').catch(() => document.documentElement.classList.remove('js'));

void import('./lang-link').then((m) => m.keepPlace(), skip);
void import('./offline').then((m) => m.run(), skip);
void import('./share/listen').catch(skip);
// Previews of citations, glossary terms, trend links and numbers: their code loads on first use.
void import('./preview/listen').catch(skip);
// The report menu's list; then, in the menu, the resume line, read marks and text size (every
// page); where am I (trend pages).
const menu = import('./menu').then((m) => m.fill());
void menu.then(() => import('./reading/menu')).then((m) => m.run(), skip);
if (document.querySelector('[data-trend]'))
	void import('./reading/where').then((m) => m.run(), skip);

// A module (boot.ts imports it), though it exports nothing.
export {};
