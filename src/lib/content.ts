/** The only module that reads collections. Pages get ordered, validated, resolved data from here. */
import { getCollection, type CollectionEntry } from 'astro:content';
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
	partOf: (trend: Trend) => Part;
}

let cached: Promise<Library> | undefined;

/** Everything the pages need, validated once per build. */
export function getLibrary(): Promise<Library> {
	cached ??= load();
	return cached;
}

async function load(): Promise<Library> {
	const [reports, parts, trends, sources] = await Promise.all([
		getCollection('report'),
		getCollection('parts'),
		getCollection('trends'),
		getCollection('sources'),
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
		partOf,
		parts: [...parts]
			.sort((a, b) => a.data.number - b.data.number)
			.map((part) => ({ part, trends: ordered.filter((t) => t.data.part.id === part.id) })),
	};
}

/** The search part filter as `slug:标题,…` (read back by client/search/panel.ts readParts). */
export const partChips = (parts: readonly PartWithTrends[]): string =>
	parts.map(({ part }) => `${part.id}:${part.data.title}`).join(',');

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
