/** Lookups in an edition's library that stop the build, naming the file, when what is asked is missing. */
import type { Library, Source } from './content';
import { FIGURES, kindOf, type DataOf, type FigureId } from './figures/registry';

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
export function resolveDatum(lib: Pick<Library, 'datasets' | 'lang'>, key: string): string {
	const [id = '', ...path] = key.split(':');
	const data = id in FIGURES ? lib.datasets.get(id) : undefined;
	const text = data && kindOf(data).datum(data, path, lib.lang);
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
