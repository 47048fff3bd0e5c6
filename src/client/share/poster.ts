/**
 * Share posters (分享海报): a trend's, a section's (its heading's poster button, a copy of the
 * page's made by boot.ts) or a quote's (the quote bar, quote.ts). Drawn on a canvas in the browser
 * (draw.ts): a quote is the reader's own selection, which no build could have made, and one
 * renderer for all three keeps them alike; the reader's system fonts (CJK included) are the
 * page's, so no font is fetched. The PNG is shown as an <img> in a modal dialog, as a data URL
 * (img-src 'self' data:), which a phone's long-press saves or forwards, in WeChat too, where a
 * download would not; a download link with a meaningful file name serves the desktop. Everything
 * the poster says comes from the page (titles, part, headings, citations) or src/i18n/poster.ts.
 */
import { loadPosterStrings, t } from '~/i18n/poster';
import { PALETTE } from '~/lib/palette';
import css from '~/styles/share.css?url';
import { closeForm, modalDialog } from '../dialog';
import { loadStylesheet } from '../stylesheet';
import { drawPoster, POSTER_HEIGHT, POSTER_WIDTH, type PosterSpec } from './draw';
import { inApp } from './in-app';
import type { Quote } from './quote';

/** What a poster is of: the body text, its source label, the exact URL, the file name's tail. */
interface Place {
	kind: PosterSpec['kind'];
	body: string;
	source: string | undefined;
	url: string;
	file: string;
}

interface PosterDialog {
	dialog: HTMLDialogElement;
	status: HTMLElement;
	image: HTMLImageElement;
	download: HTMLAnchorElement;
}
let built: PosterDialog | undefined;

const text = (el: Element | null | undefined): string => el?.textContent?.trim() ?? '';
const article = (): HTMLElement | null => document.querySelector('[data-trend]');
/** A citation mark's label without its brackets: "报告 p.6". */
const refLabel = (ref: Element | null | undefined): string | undefined =>
	ref ? text(ref).replace(/^\[|\]$/g, '') : undefined;

/** The page's URL without search and with this fragment. */
function pageUrl(hash: string): string {
	const url = new URL(location.href);
	url.search = '';
	url.hash = hash;
	return url.href;
}

/** The first citation in a heading's section (up to the next heading of its level or higher). */
function sectionSource(heading: Element): Element | undefined {
	const level = Number(heading.tagName.slice(1));
	for (
		let el = heading.closest('.heading-row')?.nextElementSibling;
		el;
		el = el.nextElementSibling
	) {
		const next = el.matches('.heading-row') ? el.querySelector('[id]') : null;
		if (next && Number(next.tagName.slice(1)) <= level) return undefined;
		const ref = el.querySelector('sup.ref a');
		if (ref) return ref;
	}
	return undefined;
}

/** The trend's poster, or a section's when the button is a heading's. */
function placeOf(button: HTMLElement): Place {
	const heading = button.closest('.heading-row')?.querySelector('[id]');
	const firstRef = article()?.querySelector('.prose-zh sup.ref a');
	if (!heading)
		return {
			kind: 'trend',
			body: text(document.querySelector('.trend-head .lead')),
			source: refLabel(firstRef),
			url: pageUrl(''),
			file: '',
		};
	return {
		kind: 'section',
		body: text(heading),
		source: refLabel(sectionSource(heading) ?? firstRef),
		url: pageUrl(heading.id),
		file: `-${heading.id}`,
	};
}

/** A short, stable tag for a quote's file name (FNV-1a of its URL). */
function tag(s: string): string {
	let h = 0x811c9dc5;
	for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
	return (h >>> 0).toString(16).padStart(8, '0').slice(0, 6);
}

/** Everything the poster says about the trend and the site, from the page. */
function specOf(place: Place): { spec: PosterSpec; file: string } {
	const n = Number(article()?.dataset.n ?? 0);
	const nn = String(n).padStart(2, '0');
	const partId = document.body.dataset.part;
	const parts = [...document.querySelectorAll<HTMLElement>('li[data-part]')].map(
		(li) => li.dataset.part,
	);
	const index = Math.max(0, parts.indexOf(partId)) % 4;
	const accent = [PALETTE.light.p1, PALETTE.light.p2, PALETTE.light.p3, PALETTE.light.p4][index];
	const manifest = document.querySelector<HTMLLinkElement>('link[rel="manifest"]')?.href;
	const short = new URL(`t/${n}/`, manifest ?? location.href);
	const lang = document.documentElement.lang;
	const slug = article()?.dataset.trend ?? 'trend';
	return {
		spec: {
			lang,
			// The page's own faces, in its language (global.css: --sans, --sans-zh).
			font: getComputedStyle(document.documentElement).fontFamily,
			site: document.querySelector('meta[property="og:site_name"]')?.getAttribute('content') ?? '',
			kicker: t('poster.kicker', {
				n: nn,
				part: text(document.querySelector('.trend-head .kicker a')),
			}),
			title: [...document.querySelectorAll('.trend-head h1 > span:not(.sr-only)')].map(text),
			kind: place.kind,
			body: place.body,
			source: place.source ? t('poster.source', { source: place.source }) : undefined,
			scan: t(place.kind === 'quote' ? 'poster.scanQuote' : 'poster.scan'),
			report: t('poster.report', { report: article()?.dataset.report ?? '' }),
			shortUrl: `${short.host}${short.pathname}`,
			url: place.url,
			accent: accent ?? PALETTE.light.ink,
		},
		file: `trend-${nn}-${slug}${place.file}${lang === 'en' ? '-en' : ''}.png`,
	};
}

function build(): PosterDialog {
	const dialog = modalDialog('poster-dialog', 'poster-title');
	const title = document.createElement('h2');
	title.id = 'poster-title';
	title.textContent = t('poster.dialog');
	const hint = document.createElement('p');
	hint.className = 'poster-hint';
	// A phone saves by long-press; a desktop by the download link (or the image's own menu).
	hint.textContent = t(
		inApp() || matchMedia('(pointer: coarse)').matches ? 'poster.hintTouch' : 'poster.hintPointer',
	);
	const status = document.createElement('p');
	status.className = 'poster-status';
	status.setAttribute('role', 'status');
	const image = document.createElement('img');
	image.className = 'poster-img';
	image.width = POSTER_WIDTH;
	image.height = POSTER_HEIGHT;
	const actions = document.createElement('div');
	actions.className = 'poster-actions';
	const download = document.createElement('a');
	download.className = 'pill';
	download.textContent = t('poster.download');
	actions.append(download, closeForm(t('poster.close')).form);
	dialog.append(title, hint, status, image, actions);
	document.body.append(dialog);
	return { dialog, status, image, download };
}

/** Draws the poster and shows it; focus goes back to `opener` when the dialog closes. */
async function show(place: Place, opener: HTMLElement): Promise<void> {
	await Promise.all([loadPosterStrings(), loadStylesheet(css)]);
	built ??= build();
	const { dialog, status, image, download } = built;
	const { spec, file } = specOf(place);
	image.hidden = true;
	download.hidden = true;
	image.removeAttribute('src');
	status.textContent = t('poster.making');
	dialog.onclose = () => opener.focus();
	if (!dialog.open) dialog.showModal();
	try {
		const canvas = document.createElement('canvas');
		drawPoster(canvas, spec);
		const png = canvas.toDataURL('image/png');
		image.alt = t('poster.alt', {
			title: [spec.kicker, ...spec.title, spec.body].join(' '),
			url: spec.url,
		});
		image.src = png;
		await image.decode();
		download.href = png;
		download.download = file;
		image.hidden = false;
		// WeChat and QQ cannot download a data URL: there, long-press is the way (the hint says so).
		download.hidden = inApp();
		status.textContent = '';
	} catch {
		status.textContent = t('poster.failed');
	}
}

/** The trend's or a section's poster (a poster button, wherever boot.ts found it). */
export function run(button: HTMLElement, opener: HTMLElement = button): Promise<void> {
	return show(placeOf(button), opener);
}

/** A quote's poster: the sentence as quoted, its nearest citation and its link. */
export function quote(q: Quote, opener: HTMLElement): Promise<void> {
	return show(
		{ kind: 'quote', body: q.text, source: q.cite, url: q.url, file: `-quote-${tag(q.url)}` },
		opener,
	);
}
