/** Which social card each page uses, and what it says. */
import type { CardText } from './images/og';
import { getLibrary } from './content';
import { PALETTE } from './palette';

const ACCENTS = [PALETTE.light.p1, PALETTE.light.p2, PALETTE.light.p3, PALETTE.light.p4] as const;
const accentOf = (partNumber: number): string =>
	ACCENTS[(partNumber - 1) % ACCENTS.length] ?? PALETTE.light.ink;

/** Card path (without .png) → card text, for every card the site has. */
export async function allCards(): Promise<Map<string, CardText>> {
	const { report, parts, trends, partOf } = await getLibrary();
	const footer = `${report.data.publisher}《${report.data.title}》· 网页阅读版`;
	const cards = new Map<string, CardText>();
	cards.set('home', {
		kicker: `${report.data.publisher}出品 · ${report.data.year}`,
		title: report.data.title,
		subtitle: `${report.data.framing.from} → ${report.data.framing.to}：四个部分，十条趋势`,
		accent: PALETTE.light.p1,
		footer,
	});
	for (const { part } of parts) {
		cards.set(`parts/${part.id}`, {
			kicker: `Part ${part.data.number} · ${part.data.titleEn}`,
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
			kicker: `趋势 ${String(trend.data.number).padStart(2, '0')} · Part ${part.data.number} ${part.data.title}`,
			title: trend.data.titleLines[0],
			subtitle: trend.data.titleLines[1],
			badge: String(trend.data.number).padStart(2, '0'),
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
