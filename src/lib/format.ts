import { LOCALE, t } from '~/i18n';

export type Currency = 'USD' | 'EUR';
export type Qualifier = 'more-than' | 'about';

const numberFormat = new Intl.NumberFormat(LOCALE, {
	maximumFractionDigits: 1,
	useGrouping: false,
});

/** 12.5 → "12.5"; always the site locale, never the build machine's. */
export const formatNumber = (n: number): string => numberFormat.format(n);

/**
 * Billions in a currency → Chinese 亿 wording: (7.8, 'EUR') → "78亿欧元".
 * Rounded to 0.1 亿 so binary fractions (15.7 × 10) never leak into the text.
 */
export function formatBillions(amount: number, currency: Currency, qualifier?: Qualifier): string {
	const yi = Math.round(amount * 100) / 10;
	return t('format.billions', {
		qualifier: qualifier ? t(`format.qualifier.${qualifier}`) : '',
		amount: formatNumber(yi),
		currency: t(`format.currency.${currency}`),
	});
}

/** Reading time at ~400 characters a minute, counting the text of an MDX body, not its tags or ids. */
export function readingMinutes(text: string): number {
	const chars = text.replace(/<[^>]*>|\\\{#[^}]*\}|\s+/g, '').length;
	return Math.max(1, Math.round(chars / 400));
}

/** Trend and figure numbers as the report sets them: 1 → "01". */
export const twoDigits = (n: number): string => String(n).padStart(2, '0');

const dateFormat = new Intl.DateTimeFormat(LOCALE, {
	year: 'numeric',
	month: 'long',
	day: 'numeric',
	timeZone: 'UTC',
});
export const formatDate = (d: Date): string => dateFormat.format(d);

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
