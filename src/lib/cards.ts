/** Which social card each page uses, and what it says. */
import type { CardText } from './images/og';
import { getLibrary } from './content';
import { t } from '~/i18n';
import { twoDigits } from './format';
import { PALETTE } from './palette';

const ACCENTS = [PALETTE.light.p1, PALETTE.light.p2, PALETTE.light.p3, PALETTE.light.p4] as const;
const accentOf = (partNumber: number): string =>
	ACCENTS[(partNumber - 1) % ACCENTS.length] ?? PALETTE.light.ink;

/** Card path (without .png) → card text, for every card the site has. */
export async function allCards(): Promise<Map<string, CardText>> {
	const { report, parts, trends, partOf } = await getLibrary();
	const footer = t('site.cardFooter', {
		publisher: report.data.publisher,
		title: report.data.title,
	});
	const cards = new Map<string, CardText>();
	cards.set('home', {
		kicker: t('card.kicker', { publisher: report.data.publisher, year: report.data.year }),
		title: report.data.title,
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
		cards.set(`trends/${trend.id}`, {
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
	return /^(trends|parts)\/[a-z0-9-]+$/.test(rel) ? rel : 'home';
}
