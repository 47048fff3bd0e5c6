/**
 * In-place previews (issue 21): a citation shows its source (from the page's own source list), a
 * glossary term its definition, a link to a trend that trend, a number its provenance (the last
 * three from /preview.json, fetched once). The preview is a popover (`popover="auto"`: the browser
 * closes it on Escape and on a click outside and keeps it in the top layer, so nothing on the page
 * moves). Beside the link on wide screens, placed by Floating UI; a bottom sheet on phones. The URL
 * never changes; focus returns to the link when a preview opened by a click closes.
 */
import { autoUpdate, computePosition, flip, offset, shift } from '@floating-ui/dom';
import { t } from '~/i18n/client';
import type { DatumPreview, PreviewData } from '~/lib/preview-data';
import css from '~/styles/preview.css?url';
import { loadStylesheet } from '../stylesheet';

type How = 'hover' | 'focus' | 'click';

const root = document.documentElement;
const base = document.querySelector<HTMLAnchorElement>('a.brand')?.getAttribute('href') ?? '/';
let data: Promise<PreviewData | undefined> | undefined;
const load = () =>
	(data ??= fetch(`${base}preview.json`).then(
		(r) => (r.ok ? (r.json() as Promise<PreviewData>) : undefined),
		() => undefined,
	));

const phone = matchMedia('(max-width: 40rem)');
let pop: HTMLElement | undefined;
let trigger: HTMLElement | undefined;
let opened: How = 'hover';
let stopUpdate: (() => void) | undefined;
let leave: ReturnType<typeof setTimeout> | undefined;
let returning = false;
/** The latest open(): an earlier one still loading (hover, then a click) gives way to it. */
let latest = 0;
let clicking = false;
/**
 * Where the pointer rested on the preview when it closed (Escape, the pointer left on its buttons):
 * the link now under it was not reached for, so it opens no hover preview until the pointer moves.
 */
let rest: { x: number; y: number } | undefined;
let pointer = { x: NaN, y: NaN };
document.addEventListener('pointermove', (event) => {
	pointer = { x: event.clientX, y: event.clientY };
	if (rest && (rest.x !== pointer.x || rest.y !== pointer.y)) rest = undefined;
});

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, cls?: string, text?: string) => {
	const node = document.createElement(tag);
	if (cls) node.className = cls;
	if (text) node.textContent = text;
	return node;
};
const link = (href: string, text: string) => {
	const a = el('a', 'link', text);
	a.href = href;
	return a;
};

function element(): HTMLElement {
	if (pop) return pop;
	pop = el('div', 'preview');
	pop.id = 'rr-preview';
	pop.popover = 'auto';
	pop.setAttribute('role', 'dialog');
	pop.setAttribute('aria-label', t('preview.label'));
	pop.tabIndex = -1;
	// Focus goes back to the link the preview shows now (next/previous move it), and before the
	// popover hides: the browser would hand it to what had it when the popover first opened, and
	// that focus, keyboard-visible after Escape, would open a new preview (focusin opens one).
	pop.addEventListener('beforetoggle', (event) => {
		if ((event as ToggleEvent).newState !== 'closed') return;
		rest = pop?.matches(':hover') ? pointer : undefined;
		if (opened === 'click' && trigger && pop?.contains(document.activeElement)) {
			returning = true;
			trigger.focus({ preventScroll: true });
			setTimeout(() => (returning = false));
		}
	});
	pop.addEventListener('toggle', (event) => {
		// A task later: a preview opened since then keeps its link and its placing.
		if ((event as ToggleEvent).newState !== 'closed' || pop?.matches(':popover-open')) return;
		stopUpdate?.();
		trigger = undefined;
	});
	// A link inside the preview leaves it: the page goes there, focus with it.
	pop.addEventListener('click', (event) => {
		if ((event.target as Element).closest('a')) {
			opened = 'hover';
			pop?.hidePopover();
		}
	});
	// Moving the pointer into the preview keeps it open; leaving both closes a hover preview.
	pop.addEventListener('pointerenter', () => clearTimeout(leave));
	pop.addEventListener('pointerleave', () => hoverLeave());
	document.body.append(pop);
	return pop;
}

function hoverLeave() {
	if (opened !== 'hover') return;
	clearTimeout(leave);
	leave = setTimeout(() => pop?.hidePopover(), 300);
}
document.addEventListener('pointerout', (event) => {
	if (trigger && event.target instanceof Node && trigger.contains(event.target)) hoverLeave();
});
document.addEventListener('pointerover', (event) => {
	if (trigger && event.target instanceof Node && trigger.contains(event.target))
		clearTimeout(leave);
});
document.addEventListener('focusout', (event) => {
	if (opened === 'focus' && event.target === trigger) pop?.hidePopover();
});

const citations = () => [...document.querySelectorAll<HTMLAnchorElement>('sup.ref a')];

/** The citation's source, as the page's source list shows it (ids dropped: they are the page's). */
function citation(a: HTMLAnchorElement): Node[] {
	const id = decodeURIComponent(a.hash.slice(1));
	const entry = document.getElementById(id);
	const body = el('div', 'body');
	if (entry) {
		const copy = entry.cloneNode(true) as HTMLElement;
		copy.removeAttribute('id');
		for (const child of copy.querySelectorAll('[id]')) child.removeAttribute('id');
		body.append(...copy.childNodes);
	}
	const head = el('p', 'head', a.textContent?.replace(/^\[|\]$/g, '') ?? '');
	const list = citations();
	const i = list.indexOf(a);
	const nav = el('div', 'nav');
	const prev = el('button', 'pill', '‹');
	const next = el('button', 'pill', '›');
	prev.type = next.type = 'button';
	prev.setAttribute('aria-label', t('preview.prev'));
	next.setAttribute('aria-label', t('preview.next'));
	prev.disabled = i <= 0;
	next.disabled = i >= list.length - 1;
	prev.dataset.step = '-1';
	next.dataset.step = '1';
	const count = el('span', 'count', t('preview.count', { i: i + 1, n: list.length }));
	count.setAttribute('aria-live', 'polite');
	nav.append(prev, count, next, link(a.href, t('preview.toSource')));
	return [head, body, nav];
}

function term(a: HTMLAnchorElement, d: PreviewData | undefined): Node[] {
	const entry = d?.terms[decodeURIComponent(a.hash.slice(1))];
	if (!entry) return [link(a.href, t('preview.glossary'))];
	const head = el('p', 'head');
	head.append(el('dfn', '', entry.term), ' ', el('span', 'other', entry.other));
	head.lastElementChild?.setAttribute('lang', root.lang === 'en' ? 'zh-CN' : 'en');
	const nav = el('p', 'nav');
	nav.append(link(a.href, t('preview.glossary')));
	return [head, el('p', 'bg', t('preview.background')), el('p', '', entry.definition), nav];
}

function trend(a: HTMLAnchorElement, d: PreviewData | undefined): Node[] {
	const slug = /\/trends\/([a-z0-9-]+)\//.exec(a.pathname)?.[1] ?? '';
	const entry = d?.trends[slug];
	if (!entry) return [link(a.href, t('preview.read'))];
	const nav = el('p', 'nav');
	nav.append(link(a.href, t('preview.read')));
	return [
		el('p', 'bg', t('preview.trend', { n: entry.n, part: entry.part })),
		el('p', 'head', entry.title),
		el('p', '', entry.summary),
		nav,
	];
}

function datum(span: HTMLElement, d: PreviewData | undefined): Node[] {
	const slug = document.querySelector<HTMLElement>('[data-trend]')?.dataset.trend ?? '';
	const index = [...document.querySelectorAll('.prose-zh .datum')].indexOf(span);
	const entry: DatumPreview | undefined = d?.data[slug]?.[index];
	const out: Node[] = [el('p', 'bg', t('preview.datum')), el('p', 'head', span.textContent ?? '')];
	if (!entry) return out;
	const facts = el('p');
	if (entry.page) facts.append(t('preview.page', { page: entry.page }));
	if (entry.confidence) {
		const level = t(`preview.conf.${entry.confidence}` as Parameters<typeof t>[0]);
		facts.append(facts.childNodes.length ? ' · ' : '', t('preview.conf', { level }));
	}
	out.push(facts);
	if (entry.note) out.push(el('p', '', entry.note));
	const nav = el('p', 'nav');
	nav.append(link(entry.file, t('preview.file', { file: entry.file.replace(/^.*\//, '') })));
	out.push(nav);
	return out;
}

async function content(target: HTMLElement): Promise<Node[]> {
	if (target.matches('sup.ref a')) return citation(target as HTMLAnchorElement);
	const d = await load();
	if (target.classList.contains('datum')) return datum(target, d);
	const a = target as HTMLAnchorElement;
	return a.hash && a.pathname.endsWith('/glossary/') ? term(a, d) : trend(a, d);
}

async function place(target: HTMLElement, p: HTMLElement) {
	stopUpdate?.();
	p.classList.toggle('sheet', phone.matches);
	if (phone.matches) {
		p.style.left = p.style.top = '';
		return;
	}
	stopUpdate = autoUpdate(target, p, () => {
		void computePosition(target, p, {
			strategy: 'fixed',
			placement: 'bottom-start',
			middleware: [offset(6), flip(), shift({ padding: 8 })],
		}).then(({ x, y }) => {
			p.style.left = `${x}px`;
			p.style.top = `${y}px`;
		});
	});
}

/** Opens the preview of a citation, term, trend link or number. */
export async function open(target: HTMLElement, how: How): Promise<void> {
	clearTimeout(leave);
	if ((how === 'focus' && returning) || (how === 'hover' && rest)) return;
	// A hover or focus never takes over from a preview the reader asked for.
	if (how !== 'click' && (clicking || (opened === 'click' && pop?.matches(':popover-open'))))
		return;
	if (trigger === target && pop?.matches(':popover-open')) {
		if (how === 'click') {
			opened = how;
			pop.focus();
		}
		return;
	}
	const call = ++latest;
	if (how === 'click') clicking = true;
	const [nodes] = await Promise.all([content(target), loadStylesheet(css)]);
	if (how === 'click') clicking = false;
	if (call !== latest) return;
	const p = element();
	p.replaceChildren(...nodes);
	trigger = target;
	opened = how;
	if (!p.matches(':popover-open')) {
		try {
			p.showPopover();
		} catch {
			// The browser is still closing it (a light dismiss by the same press): show it next frame.
			await new Promise(requestAnimationFrame);
			if (call !== latest) return;
			if (!p.matches(':popover-open')) p.showPopover();
		}
	}
	await place(target, p);
	if (how === 'click') p.focus();
}

// next/previous walk the page's citations, scrolling each into view above the sheet.
document.addEventListener('click', (event) => {
	const button = (event.target as Element).closest<HTMLButtonElement>('#rr-preview [data-step]');
	if (!button || !trigger) return;
	const list = citations();
	const next = list[list.indexOf(trigger as HTMLAnchorElement) + Number(button.dataset.step)];
	if (!next) return;
	next.scrollIntoView({ block: phone.matches ? 'start' : 'center' });
	void open(next, 'click').then(() =>
		pop?.querySelector<HTMLElement>(`[data-step="${button.dataset.step}"]:not(:disabled)`)?.focus(),
	);
});
