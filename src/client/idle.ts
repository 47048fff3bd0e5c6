/**
 * Loaded by boot.ts once the page is idle. Each companion feature is its own chunk, imported from
 * here, so none of them weighs on the first view. A chunk that cannot load (a page kept from before
 * a deploy) leaves the page as it reads without it.
 */
const none = () => {};

// Resume line, read marks and text size (every page); where am I (trend pages).
void import('./reading/menu').then((m) => m.run(), none);
if (document.querySelector('[data-trend]'))
	void import('./reading/where').then((m) => m.run(), none);

export {};
