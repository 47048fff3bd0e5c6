/**
 * /llms.txt (and /en/llms.txt), after llmstxt.org: the site's name, what it is, then one line per
 * part and per trend, each trend with its page and its Markdown text. Build-time only.
 */
import { otherLang, useT } from '~/i18n';
import type { Library } from './content';
import { aboutUrl, homeUrl, href, partUrl, trendMarkdownUrl, trendUrl } from './urls';

export function llmsTxt(lib: Library, site: URL): string {
	const { lang } = lib;
	const t = useT(lang);
	const abs = (path: string): string => new URL(path, site).href;
	const r = lib.report.data;
	const other = otherLang(lang);
	const lines = [
		`# ${t('site.name')}`,
		'',
		`> ${t('home.description', { publisher: r.publisher, title: r.title, from: r.framing.from, to: r.framing.to })}`,
		'',
		`- [${t('site.name')}](${abs(homeUrl(lang))}): ${t('site.tagline')}`,
	];
	for (const { part, trends } of lib.parts) {
		const name = `${t('part.label', { n: part.data.number })} ${part.data.title}`;
		lines.push(
			'',
			`## ${name}`,
			'',
			`- [${name}](${abs(partUrl(part.id, lang))}): ${part.data.intro}`,
		);
		for (const trend of trends) {
			const { slug, number, title, summary } = trend.data;
			lines.push(
				`- [${t('trend.title', { n: number, title })}](${abs(trendUrl(slug, lang))}) ([${t('llms.markdown')}](${abs(trendMarkdownUrl(slug, lang))})): ${summary}`,
			);
		}
	}
	lines.push(
		'',
		`## ${t('llms.other')}`,
		'',
		`- [${t('about.title')}](${abs(aboutUrl(lang))}): ${t('llms.about')}`,
		// The other edition, named in its own language.
		`- [${useT(other)('llms.edition')}](${abs(href('llms.txt', other))})`,
		'',
	);
	return lines.join('\n');
}
