/**
 * The reading companion's marks: the "继续阅读" line (in the menu, and on the home page in the
 * space kept for it), ✓ marks on the trends read to the end (menu and trend cards), and the menu's
 * 字号 control where the page has text to size. The menu's are drawn when it first opens
 * (menu-tools.ts); the page's, once idle, only for a reader with something remembered (idle.ts).
 * Words come from src/i18n/client.ts, in the page's language.
 */
import { t } from '~/i18n/client';
import css from '~/styles/companion.css?url';
import { loadStylesheet } from '../stylesheet';
import { getPlace, getRead, setPlace, setTextSize } from './store';

/** One "继续阅读" line: the link goes first, then the button that forgets the place. */
function resumeLine(): HTMLElement {
	const line = document.createElement('p');
	line.className = 'resume';
	const clear = document.createElement('button');
	clear.type = 'button';
	clear.className = 'ibtn';
	clear.setAttribute('aria-label', t('resume.clear'));
	clear.textContent = '×';
	line.append(clear);
	return line;
}

/** The trend a link points to, if it is a trend link. */
const slugOf = (a: HTMLAnchorElement): string | undefined =>
	/\/trends\/([\w-]+)\/$/.exec(a.pathname)?.[1];

/**
 * This page's own link to a trend (the menu, once filled, has all ten; the home page's cards too):
 * base path and language are right.
 */
const trendLink = (slug: string): HTMLAnchorElement | undefined =>
	[...document.querySelectorAll<HTMLAnchorElement>('#site-menu nav a, a.card')].find(
		(a) => slugOf(a) === slug,
	);

/** The trend being read on this page, if any. */
export const currentTrend = (): string | undefined =>
	document.querySelector<HTMLElement>('[data-trend]')?.dataset.trend;

/** Draws (or redraws) the "继续阅读" line in the menu and the home page's slot. */
export function showResume(): void {
	for (const old of document.querySelectorAll('.resume')) old.remove();
	const place = getPlace();
	const trend = place && trendLink(place.slug);
	// On the trend itself the reader is already there.
	if (!place || !trend || place.slug === currentTrend()) return;
	const sameLang = place.lang === document.documentElement.lang;
	const label = sameLang
		? t('resume.section', { n: place.n, section: place.title })
		: t('resume.trend', { n: place.n });
	const slots = [document.querySelector('.menu-tools'), document.querySelector('.resume-slot')];
	for (const slot of slots) {
		if (!slot) continue;
		const line = resumeLine();
		const link = document.createElement('a');
		link.className = 'link';
		link.href = `${trend.pathname}#${place.id}`;
		link.textContent = label;
		line.prepend(link);
		line.querySelector('button')?.addEventListener('click', () => {
			setPlace(null);
			showResume();
			// Focus would be lost with the button: it moves to the list that follows.
			slot.parentElement?.querySelector<HTMLElement>('nav a, ol a')?.focus();
		});
		slot.prepend(line);
	}
}

/** Marks the links to trends read to the end: a ✓ for the eye, the word 已读 for screen readers. */
export function markRead(): void {
	const read = new Set(getRead());
	const word = t('resume.read');
	for (const a of document.querySelectorAll<HTMLAnchorElement>('#site-menu li li a, a.card')) {
		const slug = slugOf(a);
		if (!slug || !read.has(slug) || a.querySelector('.read-mark')) continue;
		const mark = document.createElement('span');
		mark.className = 'read-mark';
		const text = document.createElement('span');
		text.className = 'sr-only';
		text.textContent = word;
		mark.append(text);
		a.append(mark);
	}
}

const SIZES = ['s', 'm', 'l', 'xl'] as const;

/**
 * The 字号 buttons, made here (they do nothing without this code): each step sets data-ts on
 * <html> (prose.css scales the text) and is kept.
 */
export function textSize(): void {
	const tools = document.querySelector('#site-menu .menu-tools');
	if (!tools || !document.querySelector('.prose-zh')) return;
	const root = document.documentElement;
	const group = document.createElement('div');
	group.className = 'text-size';
	group.setAttribute('role', 'group');
	const label = document.createElement('span');
	label.id = 'ts-label';
	label.textContent = t('textSize.label');
	group.setAttribute('aria-labelledby', label.id);
	const buttons = SIZES.map((size) => {
		const b = document.createElement('button');
		b.type = 'button';
		b.value = size;
		b.textContent = t(`textSize.${size}`);
		return b;
	});
	group.append(label, ...buttons);
	const show = () => {
		for (const b of buttons) b.setAttribute('aria-pressed', String(b.value === root.dataset.ts));
	};
	group.addEventListener('click', (event) => {
		const button = (event.target as Element).closest('button');
		if (!button) return;
		root.dataset.ts = button.value;
		setTextSize(button.value);
		show();
	});
	show();
	tools.append(group);
}

/** The companion's stylesheet: the parts stay hidden until it is in, so they never show unstyled. */
export const styles = (): Promise<void> => loadStylesheet(css);

/** The page's marks: the home page's resume line, the ✓ on trend cards. */
export async function page(): Promise<void> {
	await styles();
	showResume();
	markRead();
}
