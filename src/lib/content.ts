/** The only module that reads collections. Pages get ordered, validated, resolved data from here. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { DEFAULT_LANG, LANGS, type Lang } from '~/i18n';
import { FIGURES, kindOf, type DataOf, type Dataset, type FigureId } from './figures/registry';
import { assertValid, twinFacts, validateTrends, validateTwins, type TwinFacts } from './validate';

export type Part = CollectionEntry<'parts'>;
export type Trend = CollectionEntry<'trends'>;
export type Source = CollectionEntry<'sources'>;
export type Report = CollectionEntry<'report'>;
export type Page = CollectionEntry<'pages'>;

export interface PartWithTrends {
	part: Part;
	trends: Trend[];
}

/** Everything one edition shows, in its language. */
export interface Library {
	lang: Lang;
	report: Report;
	parts: PartWithTrends[];
	trends: Trend[];
	sources: Map<string, Source>;
	datasets: Map<string, Dataset>;
	partOf: (trend: Trend) => Part;
	/** The same trend in the other edition (ids, figures and sources are shared). */
	twinOf: (trend: Trend) => Trend;
	/** The prose pages of this edition (content/pages/), by id: `about`. */
	pages: Map<string, Page>;
}

let cached: Promise<Record<Lang, Library>> | undefined;

/** Everything the pages of one edition need; all content is validated once per build. */
export async function getLibrary(lang: Lang = DEFAULT_LANG): Promise<Library> {
	cached ??= load();
	return (await cached)[lang];
}

/** Which edition a trend or page file belongs to: English twins live in en/. */
const langOfEntry = (entry: Trend | Page): Lang => (entry.id.startsWith('en/') ? 'en' : 'zh-CN');
const fileOf = (trend: Trend): string => `content/trends/${trend.id}.mdx`;

/** A prose page of one edition, or the build stops naming the missing file. */
export function requirePage(lib: Pick<Library, 'pages' | 'lang'>, id: string): Page {
	const page = lib.pages.get(id);
	if (!page)
		throw new Error(`content/pages/${lib.lang === 'en' ? 'en/' : ''}${id}.mdx: no such page`);
	return page;
}

/** Each page has its twin in the other edition, with the same heading ids, citations and notes. */
function validatePages(pages: readonly Page[]): string[] {
	const errors: string[] = [];
	const facts = (p: Page): TwinFacts => ({
		file: `content/pages/${p.id}.mdx`,
		slug: p.id.replace(/^en\//, ''),
		number: 0,
		part: '',
		sources: [],
		figures: [],
		...twinFacts(p.body ?? ''),
	});
	const zh = pages.filter((p) => langOfEntry(p) === 'zh-CN').map(facts);
	const en = pages.filter((p) => langOfEntry(p) === 'en').map(facts);
	const slugs = (list: TwinFacts[]) => new Set(list.map((f) => f.slug));
	for (const f of zh)
		if (!slugs(en).has(f.slug))
			errors.push(`${f.file}: no English twin (content/pages/en/${f.slug}.mdx)`);
	for (const f of en)
		if (!slugs(zh).has(f.slug))
			errors.push(`${f.file}: no Chinese original (content/pages/${f.slug}.mdx)`);
	const both = (list: TwinFacts[], other: TwinFacts[]) =>
		list.filter((f) => slugs(other).has(f.slug));
	return [...errors, ...validateTwins(both(zh, en), both(en, zh))];
}

/** The English edition reads the `en` block of each YAML entry; Chinese reads the entry itself. */
function localizeReport(report: Report, lang: Lang): Report {
	if (lang === DEFAULT_LANG) return report;
	const { en, ...zh } = report.data;
	return {
		...report,
		data: {
			...zh,
			en,
			releasedNote: en.releasedNote,
			framing: { ...zh.framing, ...en.framing },
			secondFraming: { ...zh.secondFraming, ...en.secondFraming },
			audience: en.audience,
			foreword: en.foreword,
		},
	};
}

function localizePart(part: Part, lang: Lang): Part {
	if (lang === DEFAULT_LANG) return part;
	const { en } = part.data;
	return { ...part, data: { ...part.data, title: part.data.titleEn, ...en } };
}

/** English pages read a source's English label, publisher and note; its title stays as written. */
function localizeSource(source: Source, lang: Lang): Source {
	if (lang === DEFAULT_LANG) return source;
	const { short, publisher, note } = source.data.en;
	return { ...source, data: { ...source.data, short, publisher, note } };
}

/**
 * A source's title as a page shows it: Chinese pages as written; English pages in APA style, a
 * Chinese title as written (without its English gloss) followed by its rendering in brackets, and a
 * title that is this site's description (`described`) as the English description in brackets.
 */
export function sourceTitle(source: Source, lang: Lang): { original?: string; title: string } {
	if (lang === DEFAULT_LANG) return { title: source.data.title };
	if (source.data.described) return { title: `[${source.data.en.title}]` };
	// A trailing full-width bracket holding Latin letters is the title's own English gloss.
	const original = source.data.title.replace(/\uFF08[^\uFF09]*[A-Za-z][^\uFF09]*\uFF09$/, '');
	return /\p{Script=Han}/u.test(original)
		? { original, title: source.data.en.title }
		: { title: source.data.en.title };
}

async function load(): Promise<Record<Lang, Library>> {
	const [reports, parts, trends, sources, datasets, pages] = await Promise.all([
		getCollection('report'),
		getCollection('parts'),
		getCollection('trends'),
		getCollection('sources'),
		getCollection('datasets'),
		getCollection('pages'),
	]);
	const report = reports[0];
	if (!report) throw new Error('content/report.yaml: no report entry');
	const partIds = new Set(parts.map((p) => p.id));
	const sourceIds = new Set(sources.map((s) => s.id));
	const byLang = (lang: Lang) =>
		trends.filter((t) => langOfEntry(t) === lang).sort((a, b) => a.data.number - b.data.number);
	const editions = Object.fromEntries(LANGS.map((lang) => [lang, byLang(lang)])) as Record<
		Lang,
		Trend[]
	>;
	const facts = (t: Trend): TwinFacts => ({
		file: fileOf(t),
		slug: t.data.slug,
		number: t.data.number,
		part: t.data.part.id,
		sources: t.data.sources.map((s) => `${s.id.id}${s.page ? ` p.${s.page}` : ''}`),
		figures: t.data.figures,
		...twinFacts(t.body ?? ''),
	});
	const errors = LANGS.flatMap((lang) =>
		validateTrends(
			editions[lang].map((t) => ({
				id: t.id.replace(/^en\//, ''),
				file: fileOf(t),
				number: t.data.number,
				slug: t.data.slug,
				part: t.data.part.id,
				sources: t.data.sources.map((s) => s.id.id),
			})),
			partIds,
			sourceIds,
		),
	);
	for (const t of editions['zh-CN']) {
		if (!t.data.titleEn) errors.push(`${fileOf(t)}: titleEn is required in the Chinese edition`);
		if (t.data.summary.length > 160)
			errors.push(`${fileOf(t)}: summary is longer than 160 characters`);
	}
	for (const t of editions.en) {
		if (t.data.titleEn) errors.push(`${fileOf(t)}: titleEn belongs to the Chinese file only`);
	}
	errors.push(...validateTwins(editions['zh-CN'].map(facts), editions.en.map(facts)));
	errors.push(...validatePages(pages));
	assertValid(errors);

	const twins = new Map(trends.map((t) => [`${langOfEntry(t)}:${t.data.slug}`, t]));
	const twinOf = (trend: Trend): Trend => {
		const lang = langOfEntry(trend) === 'en' ? 'zh-CN' : 'en';
		const twin = twins.get(`${lang}:${trend.data.slug}`);
		if (!twin) throw new Error(`${fileOf(trend)}: no twin`);
		return twin;
	};
	const datasetMap = new Map(datasets.map((d) => [d.id, d.data]));
	const edition = (lang: Lang): Library => {
		const partMap = new Map(parts.map((p) => [p.id, localizePart(p, lang)]));
		const ordered = editions[lang];
		const partOf = (trend: Trend): Part => {
			const part = partMap.get(trend.data.part.id);
			if (!part) throw new Error(`${fileOf(trend)}: unknown part "${trend.data.part.id}"`);
			return part;
		};
		return {
			lang,
			report: localizeReport(report, lang),
			trends: ordered,
			sources: new Map(sources.map((s) => [s.id, localizeSource(s, lang)])),
			datasets: datasetMap,
			partOf,
			twinOf,
			pages: new Map(
				pages.filter((p) => langOfEntry(p) === lang).map((p) => [p.id.replace(/^en\//, ''), p]),
			),
			parts: [...partMap.values()]
				.sort((a, b) => a.data.number - b.data.number)
				.map((part) => ({ part, trends: ordered.filter((t) => t.data.part.id === part.id) })),
		};
	};
	return Object.fromEntries(LANGS.map((lang) => [lang, edition(lang)])) as Record<Lang, Library>;
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
	report:
		lib.lang === 'en'
			? { publisher: lib.report.data.publisherEn, title: lib.report.data.titleEn }
			: { publisher: lib.report.data.publisher, title: lib.report.data.title },
	parts: lib.parts.map(({ part, trends }) => ({
		id: part.id,
		number: part.data.number,
		title: part.data.title,
		trends: trends.map((t) => ({
			id: t.data.slug,
			number: t.data.number,
			title: t.data.titleLines[0],
		})),
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
