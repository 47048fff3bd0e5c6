/**
 * One trend as a Markdown document (/trends/<slug>.md, /en/trends/<slug>.md): its title, summary and
 * page URL; the text with every heading id (`{#id}`); notes as quote blocks; each `<Ref>` a footnote
 * pointing to the source's entry on the page; each figure a table built from the same table model
 * as the page's (numbers from content/data, never retyped), with its source line and data links;
 * then the page's source list and its citation. Build-time only.
 */
import type { FootnoteDefinition, Paragraph, PhrasingContent, RootContent } from 'mdast';
import { useT } from '~/i18n';
import { bibtex, apaReport, apaTrend, gbtReport, gbtTrend, type CiteInput } from './cite';
import type { Library, Trend } from './content';
import { formatPages } from './format';
import { sourceTitle } from './localize';
import { requireDataset, requireSource, resolveDatum } from './lookups';
import type { FigureView, TableModel } from './figures/kind';
import { isFigureId, kindOf } from './figures/registry';
import { heading, mdxToTree, stringify, table } from './markdown';
import { isUncertain } from './schema';
import type { CitedSource } from './trend-sources';
import { dataUrl, trendUrl } from './urls';

interface Input {
	lib: Library;
	trend: Trend;
	/** The page's resolved source list (trendSources). */
	sources: CitedSource[];
	cite: CiteInput;
	site: URL;
}

const text = (value: string): PhrasingContent => ({ type: 'text', value });
const link = (url: string, label: string): PhrasingContent => ({
	type: 'link',
	url,
	children: [text(label)],
});
const paragraph = (...children: PhrasingContent[]): Paragraph => ({
	type: 'paragraph',
	children,
});

/** The footnote label of a citation: the source id, with the report page when there is one. */
export const footnoteLabel = (to: string, page: number | undefined): string =>
	page ? `${to}-p${page}` : to;

export function trendMarkdown({ lib, trend, sources, cite, site }: Input): string {
	const { lang } = lib;
	const t = useT(lang);
	const abs = (path: string): string => new URL(path, site).href;
	const pageUrl = abs(trendUrl(trend.data.slug, lang));
	const from = `content/trends/${trend.id}.mdx`;

	const footnotes = new Map<string, FootnoteDefinition>();
	const ref = (to: string, page: number | undefined): string => {
		const label = footnoteLabel(to, page);
		if (footnotes.has(label)) return label;
		const source = requireSource(lib, to, from);
		const { original, title } = sourceTitle(source, lang);
		const name = page ? `${source.data.short} p.${page}` : source.data.short;
		const details = [
			original ? `${original} [${title}]` : title,
			source.data.publisher,
			...(page ? [t('sources.page', { page })] : []),
		].join(' · ');
		footnotes.set(label, {
			type: 'footnoteDefinition',
			identifier: label,
			label,
			children: [
				{
					type: 'paragraph',
					children: [
						link(`${pageUrl}#src-${to}`, name),
						text(` ${details}`),
						...(source.data.url ? [text(' '), link(source.data.url, source.data.url)] : []),
					],
				},
			],
		});
		return label;
	};

	const tableOf = (model: TableModel): RootContent => {
		const width = model.columns.length;
		const rows: (string | PhrasingContent[])[][] = [
			model.columns.map((c) =>
				c.sub ? t('figure.caption', { title: c.label, unit: c.sub }) : c.label,
			),
		];
		for (const group of model.groups) {
			if (group.heading)
				rows.push([
					[{ type: 'strong', children: [text(group.heading.label)] }],
					...Array<string>(width - 1).fill(''),
				]);
			for (const row of group.rows) {
				const level = t('confidence.label', { level: t(`confidence.${row.confidence}`) });
				rows.push([
					row.head.sub ? `${row.head.text} · ${row.head.sub}` : row.head.text,
					...row.cells.map((c) => c.text),
					[
						text(isUncertain(row.confidence) ? `${t('note.uncertain')} · ${level}` : level),
						...(row.crossCheck
							? [text(' '), link(`${pageUrl}#src-${row.crossCheck}`, t('figure.crossCheck'))]
							: []),
					],
				]);
			}
		}
		if (model.foot)
			rows.push([
				[{ type: 'strong', children: [text(model.foot.label)] }],
				...model.foot.cells.map((c) => c.text),
				model.foot.note,
			]);
		return table(rows, [
			'left',
			...model.columns.slice(1).map((c) => (c.numeric ? ('right' as const) : null)),
		]);
	};

	const figure = (id: string): RootContent[] => {
		if (!isFigureId(id)) throw new Error(`${from}: <Figure id="${id}">: no such figure kind`);
		const data = requireDataset(lib, id);
		const view: FigureView = kindOf(data).view(data, lang);
		const number = trend.data.figures.indexOf(id) + 1;
		return [
			paragraph({
				type: 'strong',
				children: [
					link(`${pageUrl}#fig-${id}`, t('figure.label', { n: number })),
					text(` ${view.title}`),
				],
			}),
			tableOf(view.table),
			paragraph(text(view.takeaway)),
			paragraph(
				text(t('figure.sourcePrefix')),
				link(`${pageUrl}#src-report`, t('sources.reportPage', { page: view.source.page })),
				text(view.source.text),
			),
			paragraph(
				text(t('markdown.data')),
				link(abs(dataUrl(`${id}.csv`, lang)), `${id}.csv`),
				text(' · '),
				link(abs(dataUrl(`${id}.json`)), `${id}.json`),
			),
		];
	};

	const notes: Record<string, string> = {
		uncertain: t('note.uncertain'),
		gap: t('note.gap'),
		background: t('note.background'),
	};
	const body = mdxToTree(trend.body ?? '', {
		ref,
		datum: (key) => resolveDatum(lib, key),
		note: (kind, title) => {
			const label = notes[kind];
			if (!label) throw new Error(`${from}: <Note kind="${kind}">: no such kind`);
			return title ? `${label} · ${title}` : label;
		},
		figure,
	});

	const part = lib.partOf(trend).data;
	const report = lang === 'en' ? cite.reportTitleEn : cite.reportTitle;
	const publisher = lang === 'en' ? cite.publisherEn : cite.publisher;
	const sourceItems: RootContent = {
		type: 'list',
		ordered: true,
		spread: false,
		children: sources.map(({ source, pages }) => {
			const { original, title } = sourceTitle(source, lang);
			const name = original ? `${original} [${title}]` : title;
			const details = [
				t(`sources.kind.${source.data.kind}`),
				source.data.publisher,
				...(source.data.date ? [source.data.date] : []),
				...(pages.length ? [formatPages(pages, t)] : []),
			].join(' · ');
			return {
				type: 'listItem',
				spread: false,
				children: [
					paragraph(
						source.data.url ? link(source.data.url, name) : text(name),
						text(` · ${details}`),
					),
				],
			};
		}),
	};
	const citation =
		lang === 'en' ? [apaTrend(cite), apaReport(cite)] : [gbtTrend(cite), gbtReport(cite)];

	return stringify({
		type: 'root',
		children: [
			heading(1, t('trend.title', { n: trend.data.number, title: trend.data.title })),
			{ type: 'blockquote', children: [paragraph(text(trend.data.summary))] },
			{
				type: 'list',
				ordered: false,
				spread: false,
				children: [
					paragraph(
						text(
							t('markdown.report', {
								publisher,
								title: report,
								part: `${t('part.label', { n: part.number })} ${part.title}`,
							}),
						),
					),
					paragraph(text(t('markdown.page')), link(pageUrl, pageUrl)),
				].map((p) => ({ type: 'listItem', spread: false, children: [p] })),
			},
			...body.children,
			heading(2, t('trend.sources'), 'sources'),
			sourceItems,
			heading(2, t('cite.summary'), 'cite'),
			// A code block: copied as it is, with no Markdown escapes in `[EB/OL]` or the URL.
			{ type: 'code', lang: 'text', value: citation.join('\n') },
			{ type: 'code', lang: 'bibtex', value: bibtex(cite) },
			...footnotes.values(),
		],
	});
}
