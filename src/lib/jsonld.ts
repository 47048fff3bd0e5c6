import { useT, type Lang } from '~/i18n';

/** schema.org structured data for the report (home) and each trend page (pure). */
export interface ReportFacts {
	title: string;
	titleEn: string;
	publisher: string;
	publisherEn: string;
	released: Date;
	url: string;
}

export function reportLd(r: ReportFacts, lang: Lang): Record<string, unknown> {
	return {
		'@context': 'https://schema.org',
		'@type': 'Report',
		name: r.title,
		alternateName: r.titleEn,
		// The report itself is Chinese; this page (a WebPage about it) may be English.
		inLanguage: 'zh-CN',
		subjectOf: { '@type': 'WebPage', url: r.url, inLanguage: lang },
		datePublished: r.released.toISOString().slice(0, 10),
		publisher: { '@type': 'Organization', name: r.publisher, alternateName: r.publisherEn },
		url: r.url,
	};
}

export function trendLd(
	r: ReportFacts,
	trend: { number: number; title: string; image: string; part: string },
	lang: Lang,
): Record<string, unknown> {
	const t = useT(lang);
	return {
		'@context': 'https://schema.org',
		'@type': 'Article',
		headline: t('cite.trendTitle', { n: trend.number, title: trend.title }),
		inLanguage: lang,
		// The page's own URL is its canonical link; the site is the report's, named in isBasedOn.
		image: trend.image,
		articleSection: trend.part,
		isBasedOn: {
			'@type': 'Report',
			name: r.title,
			inLanguage: 'zh-CN',
			publisher: { '@type': 'Organization', name: r.publisher },
		},
	};
}
