/** Everything a trend page needs besides its text, computed once in getStaticPaths. */
import type { CiteInput } from './cite';
import type { Library, Trend } from './content';
import { cardPath } from './cards';
import { trendLd } from './jsonld';
import { homeUrl, href, trendUrl } from './urls';
import { useT } from '~/i18n';

export function trendMeta(
	lib: Library,
	trend: Trend,
	site: URL,
): { cite: CiteInput; jsonLd: Record<string, unknown> } {
	const { lang } = lib;
	const t = useT(lang);
	const r = lib.report.data;
	const url = new URL(trendUrl(trend.data.slug, lang), site).href;
	const cite: CiteInput = {
		lang,
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
	};
	const jsonLd = trendLd(
		{
			title: r.title,
			titleEn: r.titleEn,
			publisher: r.publisher,
			publisherEn: r.publisherEn,
			released: r.released,
			url: new URL(homeUrl(lang), site).href,
		},
		{
			number: trend.data.number,
			title: trend.data.title,
			image: new URL(href(`og/${cardPath(`trends/${trend.data.slug}`, lang)}.png`), site).href,
			part: lib.partOf(trend).data.title,
		},
		lang,
	);
	return { cite, jsonLd };
}
