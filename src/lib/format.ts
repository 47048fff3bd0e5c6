import { LOCALE } from '~/i18n';

const CURRENCY_ZH = { USD: '美元', EUR: '欧元' } as const;
export type Currency = keyof typeof CURRENCY_ZH;

const QUALIFIER_ZH = { 'more-than': '超过', about: '约' } as const;
export type Qualifier = keyof typeof QUALIFIER_ZH;

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
	const prefix = qualifier ? QUALIFIER_ZH[qualifier] : '';
	return `${prefix}${formatNumber(yi)}亿${CURRENCY_ZH[currency]}`;
}

/** Reading time at ~400 characters a minute, counting the text of an MDX body, not its tags or ids. */
export function readingMinutes(text: string): number {
	const chars = text.replace(/<[^>]*>|\\\{#[^}]*\}|\s+/g, '').length;
	return Math.max(1, Math.round(chars / 400));
}

const dateFormat = new Intl.DateTimeFormat(LOCALE, {
	year: 'numeric',
	month: 'long',
	day: 'numeric',
	timeZone: 'UTC',
});
export const formatDate = (d: Date): string => dateFormat.format(d);
