/**
 * Trend pages, once idle: marks the section being read in the contents (aria-current="location",
 * and its name in the phone's collapsed summary, which stays under the header), remembers it as the
 * place to resume, and counts the trend as read once the end of its text has been on screen.
 */
import { addRead, setPlace } from './store';

/** A heading is the current one once its top is this far below the sticky header, or higher. */
const SLACK = 48;

export function run(): void {
	const article = document.querySelector<HTMLElement>('[data-trend]');
	const toc = document.querySelector('.toc');
	const slug = article?.dataset.trend;
	if (!article || !toc || !slug) return;
	const n = Number(article.dataset.n);
	const now = toc.querySelector('.toc-now');
	const headings = [...article.querySelectorAll<HTMLElement>('.heading-row > [id]')];
	const links = new Map(
		headings.map((h) => [h, toc.querySelector(`a[href="#${CSS.escape(h.id)}"]`)] as const),
	);
	const text = article.querySelector('.prose-zh');
	let current: HTMLElement | undefined;
	let finished = false;

	const update = () => {
		// Read once the end of the text has been on screen (checked on every scroll, so a jump to
		// the end of the page counts too).
		if (!finished && text && text.getBoundingClientRect().bottom <= innerHeight) {
			finished = true;
			addRead(slug);
			// The menu's ✓, if it has been filled (else it is marked when it first opens).
			if (document.querySelector('#site-menu .report-index'))
				void import('./menu').then(
					(m) => m.markRead(),
					() => {},
				);
		}
		const line =
			parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop || '0') + SLACK;
		let active: HTMLElement | undefined;
		for (const h of headings) {
			if (h.getBoundingClientRect().top > line) break;
			active = h;
		}
		if (active === current) return;
		if (current) links.get(current)?.removeAttribute('aria-current');
		current = active;
		if (now) now.textContent = active?.textContent ?? '';
		if (!active) return;
		links.get(active)?.setAttribute('aria-current', 'location');
		setPlace({
			slug,
			n,
			id: active.id,
			title: active.textContent ?? '',
			lang: document.documentElement.lang,
		});
	};
	let queued = false;
	const onScroll = () => {
		if (queued) return;
		queued = true;
		requestAnimationFrame(() => {
			queued = false;
			update();
		});
	};
	addEventListener('scroll', onScroll, { passive: true });
	addEventListener('resize', onScroll, { passive: true });
	update();
	// On a phone the contents stay open over the text they lead to: a chosen section closes them.
	toc.addEventListener('click', (event) => {
		const details = toc.querySelector('details');
		if (details && (event.target as Element).closest('a')) details.open = false;
	});
}
