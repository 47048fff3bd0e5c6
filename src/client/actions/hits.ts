/**
 * Hit-by-hit landing from search (issue 21): once highlight.ts has marked the searched words, a small
 * bar says "i / N" and steps through them: its buttons, Enter and Shift+Enter. Each step puts the
 * hit just below the sticky header (the page's scroll-padding-top, which counts the phones'
 * contents bar too) and marks it as the current one; Esc (or the bar's ×) removes the marks, the bar
 * and `?hl=` from the URL. The landing keeps its place: the current hit is the first one at or below
 * where the link landed. Loaded only by a landing with hits (highlight.ts), with its stylesheet.
 */
import { th } from '~/i18n/hits';
import { startHit, stepHit, withoutHighlight } from '~/lib/search/hits';
import css from '~/styles/hits.css?url';
import { loadStylesheet } from '../stylesheet';

/** The Highlight API's ranges, or each hit's <mark>s where the page marks text with elements. */
type Hits = Range[] | HTMLElement[][];

const root = document.documentElement;
const ICONS = {
	prev: 'M6 15l6-6 6 6',
	next: 'M6 9l6 6 6-6',
	clear: 'M6 6l12 12M18 6L6 18',
};

/** A hit as one range (with <mark>s: from the first to the last). */
function rangeOf(hit: Range | HTMLElement[]): Range {
	if (hit instanceof Range) return hit;
	const range = new Range();
	range.setStartBefore(hit[0] as HTMLElement);
	range.setEndAfter(hit.at(-1) as HTMLElement);
	return range;
}

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, cls: string, text = '') => {
	const node = document.createElement(tag);
	node.className = cls;
	node.textContent = text;
	return node;
};

function button(icon: keyof typeof ICONS, label: string, keys: string) {
	const b = el('button', `hit-${icon}`);
	b.type = 'button';
	b.setAttribute('aria-label', label);
	b.title = keys === 'Escape' ? `${label} (Esc)` : `${label} (${keys})`;
	b.setAttribute('aria-keyshortcuts', keys);
	b.innerHTML = `<svg viewBox="0 0 24 24" aria-hidden="true"><path d="${ICONS[icon]}"/></svg>`;
	return b;
}

const HOLD = 'rr-hold-jump';

/**
 * Keeps a jump from `from` to `y` that WebKit would undo. WebKit holds a page that landed on a
 * #fragment at its target: a layout while it does (the one that measured the hit, or the click's
 * own) queues a task that scrolls back to the target, and that task puts back a jump made before it
 * runs (LocalFrameView::scheduleScrollToAnchorAndTextFragment keeps the target for it). A message to
 * the window is a task queued after that one and run in the same turn of the event loop, before a
 * paint or a scroll event: if the page is back at `from`, it jumps again. A page found anywhere else
 * has been moved by the reader, and stays there.
 */
function holdJump(from: number, y: number) {
	if (Math.abs(y - from) < 1) return;
	const onMessage = (event: MessageEvent) => {
		if (event.source !== window || event.data !== HOLD) return;
		removeEventListener('message', onMessage);
		if (Math.abs(scrollY - from) < 1) scrollTo(0, y);
	};
	addEventListener('message', onMessage);
	postMessage(HOLD, location.origin);
}

export async function start(query: string, hits: Hits): Promise<void> {
	const n = hits.length;
	const ranges = hits.map(rangeOf);
	const main = document.getElementById('main');
	await loadStylesheet(css);

	const bar = el('section', 'hit-bar');
	bar.setAttribute('aria-label', th('hits.label', { q: query }));
	bar.dataset.hitCount = String(n);
	const where = el('span', 'hit-q', query);
	where.setAttribute('aria-hidden', 'true');
	const status = el('span', 'hit-pos');
	status.setAttribute('role', 'status');
	const shown = el('span', '');
	shown.setAttribute('aria-hidden', 'true');
	const said = el('span', 'sr-only');
	status.append(shown, said);
	const prev = button('prev', th('hits.prev'), 'Shift+Enter');
	const next = button('next', th('hits.next'), 'Enter');
	const clear = button('clear', th('hits.clear'), 'Escape');
	bar.append(where, status, prev, next, clear);

	let current = -1;
	const pad = () => parseFloat(getComputedStyle(root).scrollPaddingTop) || 0;

	function mark(i: number) {
		if (Array.isArray(hits[current])) {
			for (const m of hits[current] as HTMLElement[]) {
				m.classList.remove('current');
				m.removeAttribute('aria-current');
			}
		}
		current = i;
		const hit = hits[i];
		if (Array.isArray(hit)) {
			for (const m of hit) {
				m.classList.add('current');
				m.setAttribute('aria-current', 'true');
			}
		} else if (hit) {
			const highlight = new Highlight(hit);
			// Above the other hits' highlight where the two overlap.
			highlight.priority = 1;
			CSS.highlights.set('search-current', highlight);
		}
		bar.dataset.hitCurrent = String(i + 1);
		shown.textContent = `${i + 1} / ${n}`;
		said.textContent = th('hits.position', { i: i + 1, n });
	}

	/** Scrolls the hit to just below the sticky header: the top of a section link's landing. */
	function reveal(i: number) {
		const from = scrollY;
		const y = from + (ranges[i]?.getBoundingClientRect().top ?? 0) - pad();
		// A jump, as find in page does (the page sets no smooth scrolling).
		scrollTo(0, y);
		holdJump(from, y);
	}

	const go = (by: 1 | -1) => {
		mark(stepHit(current, n, by));
		reveal(current);
	};

	function end() {
		document.removeEventListener('keydown', onKey);
		const focused = bar.contains(document.activeElement);
		if (hits.some(Array.isArray)) {
			const parents = new Set<Node>();
			for (const m of (hits as HTMLElement[][]).flat()) {
				if (m.parentNode) parents.add(m.parentNode);
				m.replaceWith(...m.childNodes);
			}
			for (const p of parents) p.normalize();
		} else {
			CSS.highlights.delete('search');
			CSS.highlights.delete('search-current');
		}
		bar.remove();
		delete root.dataset.highlighted;
		history.replaceState(
			history.state,
			'',
			`${location.pathname}${withoutHighlight(location.search)}${location.hash}`,
		);
		// Focus stays on the page, at the text being read, not on the document's start.
		if (focused) main?.focus({ preventScroll: true });
	}

	// Enter and Shift+Enter step, Esc ends: in the bar, or where no control has focus (after the
	// landing, or after a click on the text), so no link or field loses its own keys.
	function onKey(event: KeyboardEvent) {
		if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
		const at = event.target as Node;
		if (!bar.contains(at) && at !== document.body && at !== root && at !== main) return;
		if (event.key === 'Enter' && !event.isComposing) go(event.shiftKey ? -1 : 1);
		else if (event.key === 'Escape') end();
		else return;
		event.preventDefault();
	}
	prev.addEventListener('click', () => go(-1));
	next.addEventListener('click', () => go(1));
	clear.addEventListener('click', end);
	document.addEventListener('keydown', onKey);

	// Before <main>: in the tab order right after the header's controls.
	if (main) main.before(bar);
	else document.body.append(bar);
	// Where the link landed: a section (the hits from its heading on), or the page's top (all of
	// them). Positions on screen, compared with each other, so a scroll still under way is no matter.
	const landed = location.hash.length > 1;
	const target = landed
		? document.getElementById(decodeURIComponent(location.hash.slice(1)))
		: null;
	const line = target ? target.getBoundingClientRect().top : landed ? pad() : -Infinity;
	mark(
		startHit(
			ranges.map((r) => r.getBoundingClientRect().top + 8),
			line,
		),
	);
	// A landing on the page's top goes to the first hit if it is out of sight; a section link's
	// landing keeps its place.
	const rect = ranges[current]?.getBoundingClientRect();
	if (!landed && rect && (rect.top < pad() || rect.bottom > bar.getBoundingClientRect().top))
		reveal(current);
}
