/** Which social card each page uses, and what it says. */
import type { CardText } from './images/og';
import { getLibrary } from './content';
import { DEFAULT_LANG, LANGS, useT, type Lang } from '~/i18n';
import { twoDigits } from './format';
import { PALETTE } from './palette';

const ACCENTS = [PALETTE.light.p1, PALETTE.light.p2, PALETTE.light.p3, PALETTE.light.p4] as const;
const accentOf = (partNumber: number): string =>
	ACCENTS[(partNumber - 1) % ACCENTS.length] ?? PALETTE.light.ink;

/** Where a card of an edition lives: og/<path>.png for Chinese, og/en/<path>.png for English. */
export const cardPath = (path: string, lang: Lang): string =>
	lang === DEFAULT_LANG ? path : `${lang}/${path}`;

/** Card path (without .png) → card text, for every card the site has, in both languages. */
export async function allCards(): Promise<Map<string, CardText>> {
	const cards = new Map<string, CardText>();
	for (const lang of LANGS) {
		for (const [path, text] of await editionCards(lang)) cards.set(cardPath(path, lang), text);
	}
	return cards;
}

async function editionCards(lang: Lang): Promise<Map<string, CardText>> {
	const t = useT(lang);
	const { report, parts, trends, partOf } = await getLibrary(lang);
	// English cards name the report and its publisher as the cover does in English.
	const publisher = lang === 'en' ? report.data.publisherEn : report.data.publisher;
	const title = lang === 'en' ? report.data.titleEn : report.data.title;
	const footer = t('site.cardFooter', {
		publisher,
		title,
	});
	const cards = new Map<string, CardText>();
	cards.set('home', {
		kicker: t('card.kicker', { publisher, year: report.data.year }),
		title,
		subtitle: t('card.subtitle', { from: report.data.framing.from, to: report.data.framing.to }),
		accent: PALETTE.light.p1,
		footer,
	});
	for (const { part } of parts) {
		cards.set(`parts/${part.id}`, {
			kicker: t('card.partKicker', { n: part.data.number, titleEn: part.data.titleEn }),
			title: part.data.title,
			subtitle: part.data.themes.join(' · '),
			badge: `P${part.data.number}`,
			accent: accentOf(part.data.number),
			footer,
		});
	}
	for (const trend of trends) {
		const part = partOf(trend);
		cards.set(`trends/${trend.data.slug}`, {
			kicker: t('card.trendKicker', {
				n: twoDigits(trend.data.number),
				part: part.data.number,
				partTitle: part.data.title,
			}),
			title: trend.data.titleLines[0],
			subtitle: trend.data.titleLines[1],
			badge: twoDigits(trend.data.number),
			accent: accentOf(part.data.number),
			footer,
		});
	}
	return cards;
}

/** The card path for a page path: trends and parts have their own, everything else the cover's. */
export function cardFor(pathname: string, base: string): string {
	const rel = pathname.slice(base.length).replace(/\/$/, '');
	const [, en, page = ''] = /^(en(?:\/|$))?(.*)$/.exec(rel) ?? [];
	const path = /^(trends|parts)\/[a-z0-9-]+$/.test(page) ? page : 'home';
	return cardPath(path, en ? 'en' : DEFAULT_LANG);
}
