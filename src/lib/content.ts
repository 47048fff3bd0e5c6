/** The only module that reads collections. Pages get ordered, validated, resolved data from here. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { FIGURES, kindOf, type DataOf, type Dataset, type FigureId } from './figures/registry';
import { assertValid, validateTrends } from './validate';

export type Part = CollectionEntry<'parts'>;
export type Trend = CollectionEntry<'trends'>;
export type Source = CollectionEntry<'sources'>;
export type Report = CollectionEntry<'report'>;

export interface PartWithTrends {
	part: Part;
	trends: Trend[];
}

export interface Library {
	report: Report;
	parts: PartWithTrends[];
	trends: Trend[];
	sources: Map<string, Source>;
	datasets: Map<string, Dataset>;
	partOf: (trend: Trend) => Part;
}

let cached: Promise<Library> | undefined;

/** Everything the pages need, validated once per build. */
export function getLibrary(): Promise<Library> {
	cached ??= load();
	return cached;
}

async function load(): Promise<Library> {
	const [reports, parts, trends, sources, datasets] = await Promise.all([
		getCollection('report'),
		getCollection('parts'),
		getCollection('trends'),
		getCollection('sources'),
		getCollection('datasets'),
	]);
	const report = reports[0];
	if (!report) throw new Error('content/report.yaml: no report entry');
	const sourceMap = new Map(sources.map((s) => [s.id, s]));
	const partMap = new Map(parts.map((p) => [p.id, p]));
	assertValid(
		validateTrends(
			trends.map((t) => ({
				id: t.id,
				file: `content/trends/${t.id}.mdx`,
				number: t.data.number,
				slug: t.data.slug,
				part: t.data.part.id,
				sources: t.data.sources.map((s) => s.id.id),
			})),
			new Set(partMap.keys()),
			new Set(sourceMap.keys()),
		),
	);
	const ordered = [...trends].sort((a, b) => a.data.number - b.data.number);
	const partOf = (trend: Trend): Part => {
		const part = partMap.get(trend.data.part.id);
		if (!part)
			throw new Error(`content/trends/${trend.id}.mdx: unknown part "${trend.data.part.id}"`);
		return part;
	};
	return {
		report,
		trends: ordered,
		sources: sourceMap,
		datasets: new Map(datasets.map((d) => [d.id, d.data])),
		partOf,
		parts: [...parts]
			.sort((a, b) => a.data.number - b.data.number)
			.map((part) => ({ part, trends: ordered.filter((t) => t.data.part.id === part.id) })),
	};
}

/** What the site chrome (header, menu, footer, search filter) shows: passed down as props. */
export interface Chrome {
	report: { publisher: string; title: string };
	parts: {
		id: string;
		number: number;
		title: string;
		trends: { id: string; number: number; title: string }[];
	}[];
}

export const chromeOf = (lib: Library): Chrome => ({
	report: { publisher: lib.report.data.publisher, title: lib.report.data.title },
	parts: lib.parts.map(({ part, trends }) => ({
		id: part.id,
		number: part.data.number,
		title: part.data.title,
		trends: trends.map((t) => ({ id: t.id, number: t.data.number, title: t.data.titleLines[0] })),
	})),
});

/** The dataset of a figure (content/data/<id>.json), checked to be of that kind. */
export function requireDataset<Id extends FigureId>(
	lib: Pick<Library, 'datasets'>,
	id: Id,
): DataOf<Id> {
	const data = lib.datasets.get(id);
	if (data?.kind !== id) throw new Error(`content/data/${id}.json: missing or not a ${id} dataset`);
	return data as DataOf<Id>;
}

/**
 * Resolve `<Datum of="<figure>:<path>">` to display text: the figure's kind reads the path, e.g.
 * `capex:total`, `capex:sum:2024`, `capex:Amazon:2025E`, `datacenters:count`, `datacenters:es-aws`.
 */
export function resolveDatum(lib: Pick<Library, 'datasets'>, key: string): string {
	const [id = '', ...path] = key.split(':');
	const data = id in FIGURES ? lib.datasets.get(id) : undefined;
	const text = data && kindOf(data).datum(data, path);
	if (text === undefined || text === '') {
		throw new Error(`<Datum of="${key}">: no such value in content/data`);
	}
	return text;
}

/** Neighbours in an ordered list (pure). */
export function neighbours<T>(
	list: readonly T[],
	i: number,
): { prev: T | undefined; next: T | undefined } {
	return { prev: list[i - 1], next: list[i + 1] };
}

/** Look up a source or stop the build, naming where it was cited. */
export function requireSource(lib: Pick<Library, 'sources'>, id: string, from: string): Source {
	const source = lib.sources.get(id);
	if (!source) throw new Error(`${from}: unknown source "${id}" (not in content/sources.yaml)`);
	return source;
}
