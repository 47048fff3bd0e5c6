/**
 * Build-time images of a figure (issue 23), to put in a slide or a chat: number, title, the chart,
 * legend, source line, the figure's URL and a QR code to it. satori lays them out with the social
 * cards' fonts (og.ts: Noto Sans SC from @fontsource, nothing fetched), resvg rasterises the PNGs.
 *
 * The build cannot run Chart.js (no canvas in Node), so the chart is drawn here from what the live
 * chart draws from: the kind's spec (labels, values, value labels, colour tokens, uncertain rows),
 * the same stars on uncertain labels, the same tokens (PALETTE, kept equal to the CSS by
 * tests/unit/palette.test.ts) and the data-centre chart's log axis (LOG_AXIS). What is left to this
 * module is geometry: bars, gridlines and labels placed by percentages of the plot.
 *
 * Each image comes in the site's light and dark theme (PALETTE.light / PALETTE.dark, as the reader
 * sees the page): the same tree, only its colours differ, so a dark slide deck gets a dark chart.
 */
import { encode } from 'uqr';
import type { Lang } from '~/i18n';
import { FONT, starred } from '../figures/chart-common';
import type { CapexSpec } from '../figures/capex';
import type { DatacentersSpec } from '../figures/datacenters';
import { LOG_AXIS } from '../figures/datacenters/chart';
import type { FigureView, LegendItem, Token } from '../figures/kind';
import { PALETTE, type Theme } from '../palette';
import { SHAPES, type Shape } from '../figure-files';
import { box, fontsFor, layout, rasterise, type Node } from './og';

export interface FigureImageText {
	lang: Lang;
	/** "图 1 · 趋势 01：<trend title>" */
	kicker: string;
	/** "图 1 · 趋势 01", for the narrow shapes */
	kickerShort: string;
	view: FigureView;
	/** The whole source line: "来源：报告第 6 页。…" */
	source: string;
	/** The figure's absolute URL, in the QR code. */
	url: string;
	/** The site's name, under the URL. */
	site: string;
}

/** One theme's tokens: each drawing function takes them, so one tree draws either theme. */
type Colours = (typeof PALETTE)[Theme];

/** A bar: filled with its colour, or only outlined where the value is uncertain (as live). */
const bar = (c: Colours, token: Token, hollow: boolean, style: Record<string, unknown>): Node =>
	box(
		{
			position: 'absolute',
			background: hollow ? 'transparent' : c[token],
			border: `2px solid ${c[token]}`,
			...style,
		},
		'',
	);

const rule = (c: Colours, style: Record<string, unknown>): Node =>
	box({ position: 'absolute', background: c.rule, ...style }, '');

const small = (c: Colours, text: string, style: Record<string, unknown> = {}): Node =>
	box({ fontSize: 13, color: c.muted, ...style }, text);

/** Round steps (1, 2, 5 × 10ⁿ) from zero past `max`, about five of them, as Chart.js picks. */
export function niceTicks(max: number): number[] {
	const raw = max / 5;
	const mag = 10 ** Math.floor(Math.log10(raw));
	const step = ([1, 2, 5, 10].find((m) => m * mag >= raw) ?? 10) * mag;
	const ticks: number[] = [];
	for (let v = 0; v < max + step; v += step) ticks.push(v);
	return ticks;
}

/** Grouped vertical bars from zero, the uncertain 2025E bars hollow (capex/chart.ts). */
function capexChart(c: Colours, spec: CapexSpec): Node {
	const ticks = niceTicks(Math.max(...spec.series.flatMap((s) => s.values)));
	const top = ticks[ticks.length - 1] ?? 1;
	const pct = (v: number) => `${(v / top) * 100}%`;
	const labels = starred(spec.labels, spec.uncertain);
	const tokens: Token[] = ['series-1', 'series-2'];
	const n = spec.labels.length;
	const groupWidth = 100 / n;
	const barWidth = (groupWidth * 0.7) / spec.series.length;
	const plot = box({ position: 'relative', flexGrow: 1, marginLeft: 44, marginTop: 22 }, [
		...ticks.map((v) =>
			rule(c, { left: 0, right: 0, bottom: pct(v), height: 1, ...(v === 0 && { height: 2 }) }),
		),
		...ticks.map((v) =>
			small(c, String(v), {
				position: 'absolute',
				left: -44,
				width: 36,
				justifyContent: 'flex-end',
				bottom: pct(v),
				marginBottom: -9,
			}),
		),
		...spec.series.flatMap((s, si) =>
			s.values.flatMap((v, i) => {
				const left = `${i * groupWidth + groupWidth * 0.15 + si * barWidth}%`;
				const hollow = si === 1 && !!spec.uncertain[i];
				return [
					bar(c, tokens[si] ?? 'series-1', hollow, {
						left,
						width: `${barWidth}%`,
						bottom: 0,
						height: pct(v),
					}),
					box(
						{
							position: 'absolute',
							left,
							width: `${barWidth}%`,
							bottom: pct(v),
							justifyContent: 'center',
							fontSize: 14,
							color: c.ink,
							marginBottom: 2,
						},
						String(v),
					),
				];
			}),
		),
	]);
	const axis = box(
		{ marginLeft: 44, marginTop: 8 },
		labels.map((l) =>
			box({ width: `${groupWidth}%`, justifyContent: 'center', fontSize: 15, color: c.muted }, l),
		),
	);
	return box({ flexDirection: 'column', flexGrow: 1 }, [plot, axis]);
}

/** One horizontal bar per investment on the live chart's log axis (datacenters/chart.ts). */
function datacentersChart(c: Colours, spec: DatacentersSpec, narrow: boolean): Node {
	const span = Math.log10(LOG_AXIS.max) - Math.log10(LOG_AXIS.min);
	const at = (v: number) => ((Math.log10(v) - Math.log10(LOG_AXIS.min)) / span) * 100;
	const labels = starred(spec.labels, spec.uncertain);
	const labelWidth = narrow ? 190 : 250;
	const rows = labels.map((label, i) =>
		box({ flexGrow: 1, alignItems: 'center' }, [
			box(
				{
					width: labelWidth,
					paddingRight: 10,
					justifyContent: 'flex-end',
					fontSize: narrow ? 12 : 13,
					color: c.muted,
				},
				label,
			),
			box({ position: 'relative', flexGrow: 1, height: '100%', marginRight: 96 }, [
				bar(c, spec.tokens[i] ?? 'muted', !!spec.uncertain[i], {
					left: 0,
					top: '18%',
					height: '64%',
					width: `${at(spec.values[i] ?? LOG_AXIS.min)}%`,
				}),
				box(
					{
						position: 'absolute',
						left: `${at(spec.values[i] ?? LOG_AXIS.min)}%`,
						top: 0,
						bottom: 0,
						alignItems: 'center',
						paddingLeft: 5,
						fontSize: narrow ? 12 : 13,
						color: c.ink,
						whiteSpace: 'nowrap',
					},
					spec.display[i] ?? '',
				),
			]),
		]),
	);
	// Gridlines and tick labels span the bars' column: the label column's width to the left.
	const grid = box(
		{ position: 'absolute', left: labelWidth, right: 96, top: 0, bottom: 0 },
		LOG_AXIS.ticks.map((v) => rule(c, { left: `${at(v)}%`, top: 0, bottom: 0, width: 1 })),
	);
	const ticks = box(
		{ position: 'relative', marginLeft: labelWidth, marginRight: 96, height: 18 },
		LOG_AXIS.ticks.map((v) =>
			small(c, String(v), { position: 'absolute', left: `${at(v)}%`, marginLeft: -12, width: 24 }),
		),
	);
	return box({ flexDirection: 'column', flexGrow: 1 }, [
		box({ position: 'relative', flexDirection: 'column', flexGrow: 1 }, [grid, ...rows]),
		ticks,
	]);
}

function chartOf(c: Colours, view: FigureView, narrow: boolean): Node {
	const spec = view.spec as CapexSpec | DatacentersSpec;
	return spec.kind === 'capex' ? capexChart(c, spec) : datacentersChart(c, spec, narrow);
}

const legend = (c: Colours, items: LegendItem[], width: number): Node =>
	box(
		{ width, flexWrap: 'wrap', marginTop: 6 },
		items.map((item) =>
			box({ alignItems: 'center', height: 22, marginRight: 18, fontSize: 14, color: c.muted }, [
				box(
					{
						width: 14,
						height: 14,
						marginRight: 6,
						border: `2px solid ${c[item.token]}`,
						background: item.hollow ? 'transparent' : c[item.token],
					},
					'',
				),
				item.label,
			]),
		),
	);

/**
 * The QR code as an image: dark modules on white with the standard quiet zone, as the site's, in
 * both themes (a white tile on the dark image): phone cameras and WeChat's scanner expect dark on light.
 */
function qrCode(url: string, size: number): Node {
	// M: 15 % of the code may be lost and the URL still fits a small code (share/qr.ts).
	const { data, size: modules } = encode(url, { ecc: 'M', border: 4 });
	let d = '';
	data.forEach((row, y) =>
		row.forEach((dark, x) => {
			if (dark) d += `M${x} ${y}h1v1h-1z`;
		}),
	);
	const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${modules} ${modules}" shape-rendering="crispEdges"><rect width="${modules}" height="${modules}" fill="#fff"/><path d="${d}" fill="#000"/></svg>`;
	return {
		type: 'img',
		props: {
			src: `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`,
			width: size,
			height: size,
		},
	};
}

/** The URL as printed: without its scheme, which no one types. */
const shownUrl = (url: string): string => url.replace(/^https?:\/\//, '');

/** Width of a text in ems: CJK glyphs and full-width punctuation ~1 em, ASCII ~0.6 em at most. */
const ems = (text: string): number =>
	[...text].reduce((n, ch) => n + (/[\x20-\x7e]/.test(ch) ? 0.6 : 1), 0);

/** Lines a text takes at `size` px in `width` px. */
const lines = (text: string, size: number, width: number): number =>
	Math.max(1, Math.ceil((ems(text) * size) / width));

function tree(text: FigureImageText, shape: Shape, theme: Theme, family: string): Node {
	const c = PALETTE[theme];
	const { width, height } = SHAPES[shape];
	const wide = shape === 'landscape';
	const pad = wide ? 40 : 32;
	const qr = wide ? 104 : 112;
	const titleSize = wide ? 28 : 25;
	const kicker = wide ? text.kicker : text.kickerShort;
	const sourceSize = wide ? 13 : 12;
	const urlSize = wide ? 14 : 10;
	// Every row as wide as the content box, and the chart gets the height the other rows leave: satori
	// would let a long line widen a row, and the rows' text push the footer off the image.
	const inner = width - 2 * pad;
	const legendWidth = text.view.legend.reduce((w, l) => w + ems(l.label) * 14 + 38, 0);
	const heads =
		lines(kicker, 16, inner) * 22 +
		6 +
		lines(text.view.title, titleSize, inner) * titleSize * 1.25 +
		14 +
		Math.ceil(legendWidth / inner) * 22;
	// The source line, URL and site name beside the QR code, or the code's height if that is more.
	const words = inner - qr - 20;
	const foot =
		Math.max(
			qr,
			lines(text.source, sourceSize, words) * sourceSize * 1.35 + 6 + urlSize * 1.4 + 2 + 13 * 1.4,
		) + 13;
	const chart = height - 2 * pad - heads - foot - 28;
	return box(
		{
			width,
			height,
			flexDirection: 'column',
			padding: pad,
			background: c.surface,
			color: c.ink,
			fontFamily: family,
			overflow: 'hidden',
		},
		[
			box({ width: inner, fontSize: 16, lineHeight: 1.375, fontWeight: 700, color: c.p1 }, kicker),
			box(
				{ width: inner, marginTop: 6, fontSize: titleSize, fontWeight: 700, lineHeight: 1.25 },
				text.view.title,
			),
			legend(c, text.view.legend, inner),
			box(
				{
					width: inner,
					height: chart,
					flexDirection: 'column',
					marginTop: 14,
					marginBottom: 14,
				},
				[chartOf(c, text.view, !wide)],
			),
			box(
				{
					width: inner,
					height: foot,
					borderTop: `1px solid ${c.rule}`,
					paddingTop: 12,
					alignItems: 'flex-end',
				},
				[
					box({ flexDirection: 'column', width: words, marginRight: 20 }, [
						small(c, text.source, { lineHeight: 1.35, fontSize: sourceSize }),
						box({ marginTop: 6, fontSize: 14, fontWeight: 700, color: c.ink }, shownUrl(text.url)),
						small(c, text.site, { marginTop: 2 }),
					]),
					qrCode(text.url, qr),
				],
			),
		],
	);
}

/** Every character the image prints, for the font subsets. */
const allText = (text: FigureImageText): string => {
	const spec = text.view.spec as CapexSpec | DatacentersSpec;
	return [
		text.kicker,
		text.kickerShort,
		text.view.title,
		text.source,
		text.url,
		text.site,
		...text.view.legend.map((l) => l.label),
		...spec.labels,
		...(spec.kind === 'capex' ? [] : spec.display),
		'0123456789*·',
	].join('');
};

const escapeXml = (s: string): string =>
	s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The landscape image as SVG. Its text stays text (laid out with the PNGs' font, shown in the
 * viewer's own CJK font, the live chart's font list): outlines of every glyph would weigh 300-650
 * KB, and text can be edited in a slide. <title> and <desc> give the title and source line whole.
 */
export async function renderFigureSvg(text: FigureImageText, theme: Theme): Promise<string> {
	const { fonts, family } = fontsFor(allText(text));
	const { width, height } = SHAPES.landscape;
	const svg = await layout(tree(text, 'landscape', theme, family), width, height, fonts, false);
	const head = `<title>${escapeXml(`${text.kicker} ${text.view.title}`)}</title><desc>${escapeXml(`${text.source} ${text.url}`)}</desc>`;
	return svg
		.replace(/font-family="sc-[^"]*"/g, `font-family="${FONT.family.replace(/"/g, "'")}"`)
		.replace(
			/^<svg([^>]*)>/,
			`<svg$1 role="img" xml:lang="${text.lang === 'en' ? 'en' : 'zh-CN'}">${head}`,
		);
}

export async function renderFigurePng(
	text: FigureImageText,
	shape: Shape,
	theme: Theme,
): Promise<Buffer> {
	const { fonts, family } = fontsFor(allText(text));
	const { width, height, scale } = SHAPES[shape];
	return rasterise(tree(text, shape, theme, family), width, height, fonts, scale);
}
