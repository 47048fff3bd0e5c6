/** Everything a trend page needs besides its text, computed once in getStaticPaths. */
import type { CiteInput } from './cite';
import type { Library, Trend } from './content';
import { trendLd } from './jsonld';
import { href, trendUrl } from './urls';
import { t } from '~/i18n';

export function trendMeta(
	lib: Library,
	trend: Trend,
	site: URL,
	builtAt: Date,
): { cite: CiteInput; jsonLd: Record<string, unknown> } {
	const r = lib.report.data;
	const url = new URL(trendUrl(trend.id), site).href;
	const cite: CiteInput = {
		publisher: r.publisher,
		publisherEn: r.publisherEn,
		reportTitle: r.title,
		reportTitleEn: r.titleEn,
		year: r.year,
		released: r.released,
		siteName: t('site.name'),
		trendNumber: trend.data.number,
		trendTitle: trend.data.title,
		url,
		accessed: builtAt,
	};
	const jsonLd = trendLd(
		{
			title: r.title,
			titleEn: r.titleEn,
			publisher: r.publisher,
			publisherEn: r.publisherEn,
			released: r.released,
			url: new URL(href(), site).href,
		},
		{
			number: trend.data.number,
			title: trend.data.title,
			url,
			image: new URL(href(`og/trends/${trend.id}.png`), site).href,
			part: lib.partOf(trend).data.title,
		},
	);
	return { cite, jsonLd };
}
