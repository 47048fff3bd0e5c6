/**
 * One figure as it travels alone, in an image or an embed: its number in its trend, the trend, its
 * view, the whole source line and its absolute URL. Shared by /figures/<id>.png|svg and /embed/<id>/.
 */
import { useT, type Lang } from '~/i18n';
import { citeFigure } from './cite';
import { getLibrary } from './content';
import { twoDigits } from './format';
import type { FigureCiteBlock, FigureView } from './figures/kind';
import { FIGURE_IDS, kindOf, type FigureId } from './figures/registry';
import type { FigureImageText } from './images/figure';
import { requireDataset } from './lookups';
import { trendMeta } from './trend-page';
import { trendUrl } from './urls';

export interface FigureAlone {
	id: FigureId;
	/** Its number in the owning trend. */
	number: number;
	view: FigureView;
	/** The trend page, with the figure's anchor (site-relative). */
	href: string;
	/** "图 1 · 趋势 01：…" */
	kicker: string;
	/** "图 1 · 趋势 01" */
	kickerShort: string;
	/** "来源：报告第 6 页" and the view's source text, as the figure's source line reads. */
	source: string;
	/** The site's name for a footer: the publisher and the report. */
	site: string;
	cite: FigureCiteBlock;
}

/** Every figure of an edition, in the registry's order. */
export async function figuresAlone(lang: Lang): Promise<FigureAlone[]> {
	const t = useT(lang);
	const lib = await getLibrary(lang);
	const { report } = lib;
	const site = t('site.cardFooter', {
		publisher: lang === 'en' ? report.data.publisherEn : report.data.publisher,
		title: lang === 'en' ? report.data.titleEn : report.data.title,
	});
	return FIGURE_IDS.map((id) => {
		const owner = lib.trends.find((tr) => tr.data.figures.includes(id));
		if (!owner) throw new Error(`figure "${id}": no trend lists it in its frontmatter \`figures\``);
		const data = requireDataset(lib, id);
		const view = kindOf(data).view(data, lang);
		const number = owner.data.figures.indexOf(id) + 1;
		const href = trendUrl(owner.data.slug, lang, `fig-${id}`);
		const { cite: trendCite } = trendMeta(lib, owner, new URL(import.meta.env.SITE));
		const url = new URL(href, import.meta.env.SITE).href;
		const figureCite = citeFigure(trendCite, { number, title: view.title, url });
		return {
			id,
			number,
			view,
			href,
			kicker: `${t('figure.label', { n: number })} · ${t('trend.title', {
				n: twoDigits(owner.data.number),
				title: owner.data.titleLines[0],
			})}`,
			kickerShort: `${t('figure.label', { n: number })} · ${t('figure.trend', {
				n: twoDigits(owner.data.number),
			})}`,
			source: `${t('figure.sourcePrefix')}${t('sources.reportPage', { page: view.source.page })}${view.source.text}`,
			site,
			cite: {
				summary: t('figure.cite'),
				copy: t('cite.copy'),
				blocks: [
					{ label: t('figure.citeInline'), text: figureCite.inline },
					{ label: t('figure.citeFull'), text: figureCite.full },
					{ label: 'BibTeX', text: figureCite.bibtex },
				],
			},
		};
	});
}

/**
 * What an image of the figure prints; `origin` is the site's (Astro.site). English text gets
 * straight quotes: the images' font (Noto Sans SC) draws curly ones full-width, as Chinese sets them.
 */
export function imageText(f: FigureAlone, lang: Lang, origin: URL | undefined): FigureImageText {
	const plain = (s: string) =>
		lang === 'en' ? s.replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"') : s;
	return {
		lang,
		kicker: plain(f.kicker),
		kickerShort: f.kickerShort,
		view: { ...f.view, title: plain(f.view.title) },
		source: plain(f.source),
		url: new URL(f.href, origin).href,
		site: plain(f.site),
	};
}
