/**
 * Loaded by boot.ts once the page is idle: the reading companion, the language link, sharing,
 * previews (whose own code loads on first use) and offline reading, bundled into this one chunk (with the few modules they share with code loaded on
 * use), so that idle time is a couple of requests, not a dozen (issue 25). The figures' element is
 * a chunk of its own, asked for only where there is a figure. If this chunk cannot load (the reader
 * navigated away, or a page kept from before a deploy), the page reads as it does without it.
 */
import { keepPlace } from './lang-link';
import { fill } from './menu';
import { run as offline } from './offline';
import { run as readingMenu } from './reading/menu';
import { run as where } from './reading/where';
import './preview/listen';
import './share/listen';

// <rr-figure> is defined here rather than by a script tag beside the figure, which the browser
// would fetch with the stylesheets, ahead of the first paint. Without it the page reads as it does
// without JS: figures show their tables.
if (document.querySelector('rr-figure'))
	void import('./figure').catch(() => document.documentElement.classList.remove('js'));

keepPlace();
// The report menu's list; then, in the menu, the resume line, read marks, text size and the
// 离线阅读 control (every page); where am I (trend pages).
void fill()
	.then(readingMenu)
	.then(offline)
	.catch(() => {});
if (document.querySelector('[data-trend]')) void where().catch(() => {});
