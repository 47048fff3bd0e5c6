/**
 * What a figure kind is: its data schema and everything the site derives from one dataset of that
 * kind (the view a page renders, the CSV download, the numbers `<Datum>` prints). Pure: no DOM, no
 * Chart.js; the kind's Chart.js config lives next to it in `chart.ts`, loaded only in the browser.
 */
import type { ZodType, ZodTypeDef } from 'astro/zod';
import type { Lang } from '~/i18n';
import type { Confidence } from '../schema';

/** Colour tokens of src/styles/global.css that figures may use. */
export type Token = 'series-1' | 'series-2' | 'p1' | 'p2' | 'p3' | 'p4' | 'muted';

/** What the browser needs to draw a figure: served as /data/<id>.figure.json with the row notes. */
export interface ChartSpecBase {
	/** The figure kind, which picks its Chart.js config module. */
	kind: string;
	/**
	 * What each bar says when the chart is walked from the keyboard (client/chart-keys.ts), per
	 * series then category: series, category, value with its unit, confidence, place in the walk.
	 */
	points: string[][];
	/** How to walk the chart from the keyboard, shown when it takes focus. */
	keys: string;
}

export interface LegendItem {
	label: string;
	token: Token;
	/** Drawn as an outline: the marker for uncertain values. */
	hollow?: boolean;
}

export interface Cell {
	text: string;
	numeric?: boolean;
}

export interface TableRow {
	/** The row's anchor (`dc-<row id>`), so one row can be linked. */
	id?: string;
	head: { text: string; sub?: string; strong?: boolean };
	cells: Cell[];
	confidence: Confidence;
	/** Why the number has its confidence: loaded into the row with the chart (not in the page). */
	note: string;
	/** A source id whose public material the number was checked against. */
	crossCheck?: string | undefined;
}

export interface TableGroup {
	heading?: { label: string; labelEn: string; token: Token };
	rows: TableRow[];
}

/** A figure's data table: the same data as the chart, readable without JavaScript. */
export interface TableModel {
	/** Narrowest width before the table scrolls sideways inside its frame. */
	minWidth: 'md' | 'lg';
	/** Header cells: the row-head column, the value columns, then the confidence column. */
	columns: { label: string; sub?: string; numeric?: boolean }[];
	groups: TableGroup[];
	foot?: { label: string; cells: Cell[]; note: string };
}

/** Everything a page renders for one figure. */
export interface FigureView<Spec extends ChartSpecBase = ChartSpecBase> {
	title: string;
	/** One sentence built from the data, so no number is retyped. */
	takeaway: string;
	/** Height reserved for the canvas, so the page never shifts when the chart draws. */
	height: 'short' | 'tall';
	spec: Spec;
	legend: LegendItem[];
	/** A build-time image drawn from the same data (per theme), e.g. a map. */
	illustration?: {
		src: { light: string; dark: string };
		width: number;
		height: number;
		alt: string;
		/** Another drawing of it for narrow screens (below 640 px), where `src` would not read. */
		narrow?: { src: { light: string; dark: string }; width: number; height: number };
	};
	table: TableModel;
	/** "Source: report p. N" followed by this text. */
	source: { page: number; text: string };
}

/** What /data/<id>.figure.json holds: the chart spec and the row notes in table order. */
export interface FigureJson {
	spec: ChartSpecBase;
	notes: string[];
}

export const figureJson = (view: FigureView): FigureJson => ({
	spec: view.spec,
	notes: view.table.groups.flatMap((g) => g.rows.map((r) => r.note)),
});

export interface FigureKind<
	Data extends { kind: string },
	Spec extends ChartSpecBase = ChartSpecBase,
> {
	/** Validates one dataset of this kind (content/data/<id>.json), with cross-field rules. */
	schema: ZodType<Data, ZodTypeDef, unknown>;
	/** What a page in `lang` shows; English pages read the dataset's `…En` fields (see localize). */
	view: (d: Data, lang: Lang) => FigureView<Spec>;
	/** CSV of the dataset, header row first (English column names; text cells in `lang`). */
	csv: (d: Data, lang: Lang) => string;
	/** Text for `<Datum of="<kind>:<path>">`, or undefined when the path names nothing. */
	datum: (d: Data, path: string[], lang: Lang) => string | undefined;
	/** Sources the dataset cites besides the report (cross-checks), listed on the page. */
	sources?: (d: Data) => string[];
}

const csvCell = (v: string | number): string => {
	const s = String(v);
	return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** RFC 4180 CSV: quotes only where needed, one line per row, trailing newline. */
export const toCsv = (rows: (string | number)[][]): string =>
	rows.map((r) => r.map(csvCell).join(',')).join('\n') + '\n';
