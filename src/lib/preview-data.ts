/**
 * What the in-place previews show (client/preview/), per edition: /preview.json. The page already
 * has its citations' sources (its source list); this adds what it does not carry: the trends'
 * summaries, the glossary's definitions and each <Datum>'s provenance, in the order the page prints
 * them (so no number needs an attribute of its own in the page).
 */
import type { GlossaryTerm, Library } from './content';
import { dataUrl } from './urls';

export interface PreviewData {
	trends: Record<string, { n: number; part: string; title: string; summary: string }>;
	terms: Record<string, { term: string; other: string; definition: string }>;
	/** Per trend slug, its <Datum> numbers in page order. */
	data: Record<string, DatumPreview[]>;
}

export interface DatumPreview {
	/** The data file's URL. */
	file: string;
	/** The report page the dataset comes from. */
	page?: number;
	confidence?: string;
	note?: string;
}

interface Row {
	id?: string;
	company?: string;
	confidence?: string;
	note?: string;
	noteEn?: string;
}

/** `<Datum of="capex:Amazon:2024" />` → the dataset's row named by a path segment, if any. */
function datumPreview(lib: Library, key: string): DatumPreview {
	const [id = '', ...path] = key.split(':');
	const data = lib.datasets.get(id) as { source?: { page?: number }; rows?: Row[] } | undefined;
	const row = data?.rows?.find((r) => path.includes(r.id ?? '') || path.includes(r.company ?? ''));
	const note = lib.lang === 'en' ? row?.noteEn : row?.note;
	return {
		file: dataUrl(`${id}.json`),
		page: data?.source?.page,
		...(row?.confidence ? { confidence: row.confidence } : {}),
		...(note ? { note } : {}),
	};
}

export function previewData(lib: Library, glossary: GlossaryTerm[]): PreviewData {
	return {
		trends: Object.fromEntries(
			lib.trends.map((t) => [
				t.data.slug,
				{
					n: t.data.number,
					part: lib.partOf(t).data.title,
					title: t.data.title,
					summary: t.data.summary,
				},
			]),
		),
		terms: Object.fromEntries(
			glossary.map((g) => [g.id, { term: g.term, other: g.other, definition: g.definition }]),
		),
		data: Object.fromEntries(
			lib.trends.map((t) => [
				t.data.slug,
				[...(t.body ?? '').matchAll(/<Datum\s+of="([^"]+)"/g)].map((m) =>
					datumPreview(lib, m[1] ?? ''),
				),
			]),
		),
	};
}
