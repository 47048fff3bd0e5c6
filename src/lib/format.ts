import { useT, type Lang, type T } from '~/i18n';

export type Currency = 'USD' | 'EUR';
export type Qualifier = 'more-than' | 'about';

const numberFormats = new Map<Lang, Intl.NumberFormat>();

/** 12.5 → "12.5"; always the page's language, never the build machine's. */
export function formatNumber(n: number, lang: Lang): string {
	let format = numberFormats.get(lang);
	if (!format) {
		format = new Intl.NumberFormat(lang, { maximumFractionDigits: 1, useGrouping: false });
		numberFormats.set(lang, format);
	}
	return format.format(n);
}

/**
 * Billions in a currency, worded for the reader: Chinese counts in 亿 (7.8, 'EUR') → "78亿欧元",
 * English in billions → "€7.8 bn". Rounded to one decimal so binary fractions (15.7 × 10) never leak.
 */
export function formatBillions(
	amount: number,
	currency: Currency,
	lang: Lang,
	qualifier?: Qualifier,
): string {
	const t = useT(lang);
	const shown = lang === 'en' ? Math.round(amount * 10) / 10 : Math.round(amount * 100) / 10;
	return t('format.billions', {
		qualifier: qualifier ? t(`format.qualifier.${qualifier}`) : '',
		amount: formatNumber(shown, lang),
		currency: t(`format.currency.${currency}`),
	});
}

/** Reading time at ~400 characters a minute (Chinese) or ~230 words a minute (English), text only. */
export function readingMinutes(text: string, lang: Lang): number {
	const plain = text.replace(/<[^>]*>|\\\{#[^}]*\}/g, '');
	const units =
		lang === 'en'
			? plain.split(/\s+/).filter(Boolean).length / 230
			: plain.replace(/\s+/g, '').length / 400;
	return Math.max(1, Math.round(units));
}

/**
 * The report pages a source is cited for, as a reader writes them: a run of consecutive pages as a
 * range ("第 2–6 页", "pages 2–6"), the others one by one.
 */
export function formatPages(pages: readonly number[], t: T): string {
	const runs: [number, number][] = [];
	for (const page of [...new Set(pages)].sort((a, b) => a - b)) {
		const last = runs.at(-1);
		if (last && page === last[1] + 1) last[1] = page;
		else runs.push([page, page]);
	}
	return runs
		.map(([from, to]) =>
			from === to ? t('sources.page', { page: from }) : t('sources.pages', { from, to }),
		)
		.join(t('list.enum'));
}

/** Trend and figure numbers as the report sets them: 1 → "01". */
export const twoDigits = (n: number): string => String(n).padStart(2, '0');

export const formatDate = (d: Date, lang: Lang): string =>
	new Intl.DateTimeFormat(lang, {
		year: 'numeric',
		month: 'long',
		day: 'numeric',
		timeZone: 'UTC',
	}).format(d);

/**
 * The document <title>: the page's title and the site's name when they fit in 70 characters (what
 * search results show), else the page's title alone, shortened at a word boundary if it must be.
 */
export function documentTitle(title: string, siteName: string, max = 70): string {
	if (title === siteName) return title;
	const full = `${title} · ${siteName}`;
	if (full.length <= max) return full;
	if (title.length <= max) return title;
	const cut = title.slice(0, max - 1);
	return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2)).trimEnd()}…`;
}

/**
 * An external URL with its percent-encoded letters written as themselves: the same address (the
 * browser encodes them again when it follows the link) in a third of the bytes, for a headline in
 * Chinese. Escapes of ASCII (%20, %2F …) and of anything but letters, digits and punctuation stay.
 */
export const readableUrl = (url: string): string =>
	url.replace(/(?:%[89a-f][\da-f])+/gi, (run) => {
		try {
			const text = decodeURIComponent(run);
			return /^[\p{L}\p{N}\p{M}\p{P}]+$/u.test(text) ? text : run;
		} catch {
			return run;
		}
	});
