/** The report menu's contents as /menu.json carries them (built here, drawn by client/menu.ts). */
import { useT, type Lang } from '~/i18n';
import type { Chrome } from './chrome';
import { partUrl, trendUrl } from './urls';

export interface MenuJson {
	parts: {
		id: string;
		href: string;
		label: string;
		trends: { href: string; number: number; title: string }[];
	}[];
}

export function menuOf(chrome: Chrome, lang: Lang): MenuJson {
	const t = useT(lang);
	return {
		parts: chrome.parts.map((part) => ({
			id: part.id,
			href: partUrl(part.id, lang),
			label: `${t('part.label', { n: part.number })} · ${part.title}`,
			trends: part.trends.map((trend) => ({
				href: trendUrl(trend.id, lang),
				number: trend.number,
				title: trend.title,
			})),
		})),
	};
}
