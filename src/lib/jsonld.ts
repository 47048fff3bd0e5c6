import { t } from '~/i18n';

/** schema.org structured data for the report (home) and each trend page (pure). */
export interface ReportFacts {
	title: string;
	titleEn: string;
	publisher: string;
	publisherEn: string;
	released: Date;
	url: string;
}

export function reportLd(r: ReportFacts): Record<string, unknown> {
	return {
		'@context': 'https://schema.org',
		'@type': 'Report',
		name: r.title,
		alternateName: r.titleEn,
		inLanguage: 'zh-CN',
		datePublished: r.released.toISOString().slice(0, 10),
		publisher: { '@type': 'Organization', name: r.publisher, alternateName: r.publisherEn },
		url: r.url,
	};
}

export function trendLd(
	r: ReportFacts,
	trend: { number: number; title: string; url: string; image: string; part: string },
): Record<string, unknown> {
	return {
		'@context': 'https://schema.org',
		'@type': 'Article',
		headline: t('cite.trendTitle', { n: trend.number, title: trend.title }),
		inLanguage: 'zh-CN',
		url: trend.url,
		image: trend.image,
		articleSection: trend.part,
		isBasedOn: {
			'@type': 'Report',
			name: r.title,
			publisher: { '@type': 'Organization', name: r.publisher },
		},
		isPartOf: { '@type': 'WebSite', url: r.url },
	};
}
