/**
 * The only module that reads collections: it loads them, has them validated (validate.ts), and
 * assembles each edition's library in its language (localize.ts). Pages get ordered, validated data
 * from here; lookups.ts and chrome.ts read what it returns.
 */
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { DEFAULT_LANG, LANGS, type Lang } from '~/i18n/langs';
import type { Dataset } from './figures/registry';
import { localizePart, localizeReport, localizeSource } from './localize';
import { twinFacts } from './twin-facts';
import {
	assertValid,
	validateEditionFields,
	validateTrends,
	validateTwins,
	type TwinFacts,
} from './validate';

export type Part = CollectionEntry<'parts'>;
export type Trend = CollectionEntry<'trends'>;
export type Source = CollectionEntry<'sources'>;
export type Report = CollectionEntry<'report'>;
type GlossaryEntry = CollectionEntry<'glossary'>;
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

/** Each page has its twin in the other edition, with the same heading ids, citations and notes. */
function validatePages(pages: readonly Page[]): string[] {
	const facts = (p: Page): TwinFacts => {
		const file = `content/pages/${p.id}.mdx`;
		return {
			file,
			slug: p.id.replace(/^en\//, ''),
			number: 0,
			part: '',
			sources: [],
			figures: [],
			...twinFacts(p.body ?? '', file),
		};
	};
	const zh = pages.filter((p) => langOfEntry(p) === 'zh-CN').map(facts);
	const en = pages.filter((p) => langOfEntry(p) === 'en').map(facts);
	const slugs = (list: TwinFacts[]) => new Set(list.map((f) => f.slug));
	const errors = [
		...zh
			.filter((f) => !slugs(en).has(f.slug))
			.map((f) => `${f.file}: no English twin (content/pages/en/${f.slug}.mdx)`),
		...en
			.filter((f) => !slugs(zh).has(f.slug))
			.map((f) => `${f.file}: no Chinese original (content/pages/${f.slug}.mdx)`),
	];
	const paired = (list: TwinFacts[], other: TwinFacts[]) =>
		list.filter((f) => slugs(other).has(f.slug));
	return [...errors, ...validateTwins(paired(zh, en), paired(en, zh))];
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
		...twinFacts(t.body ?? '', fileOf(t)),
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
	errors.push(
		...validateEditionFields(
			editions['zh-CN'].map((t) => ({ file: fileOf(t), ...t.data })),
			editions.en.map((t) => ({ file: fileOf(t), ...t.data })),
		),
	);
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

/** A glossary term as one edition shows it. */
export interface GlossaryTerm {
	id: string;
	term: string;
	aliases: string[];
	definition: string;
	/** The term in the other edition's language. */
	other: string;
	/** Every form of the term in both languages (search finds the pages that use it by any of them). */
	forms: string[];
	/** Where the trend texts use it, in reading order (from remark-glossary, never typed by hand). */
	uses: { trend: Trend; sections: { id: string; title: string }[] }[];
}

const GLOSSARY_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
let glossaryCache: Promise<GlossaryEntry[]> | undefined;

/** The glossary (content/glossary.yaml) in one edition's language, with where each term is used. */
export async function getGlossary(lang: Lang = DEFAULT_LANG): Promise<GlossaryTerm[]> {
	glossaryCache ??= getCollection('glossary').then((entries) => {
		assertValid(
			entries
				.filter((e) => !GLOSSARY_ID.test(e.id))
				.map((e) => `content/glossary.yaml: id "${e.id}" must be ASCII kebab-case`),
		);
		return entries;
	});
	const [entries, lib] = await Promise.all([glossaryCache, getLibrary(lang)]);
	const uses = new Map<string, GlossaryTerm['uses']>();
	for (const trend of lib.trends) {
		const { remarkPluginFrontmatter, headings } = await render(trend);
		const places = (remarkPluginFrontmatter.glossary ?? []) as { id: string; section: string }[];
		for (const { id, section } of places) {
			const list = uses.get(id) ?? [];
			let use = list.find((u) => u.trend === trend);
			if (!use) list.push((use = { trend, sections: [] }));
			const heading = headings.find((h) => h.slug === section);
			if (heading && !use.sections.some((s) => s.id === section))
				use.sections.push({ id: section, title: heading.text });
			uses.set(id, list);
		}
	}
	// Renderings only (`listed: false`) are not glossary terms; a listed one has both definitions
	// (the schema makes sure).
	return entries
		.filter(({ data }) => data.listed)
		.map(({ id, data }) => {
			const own = lang === 'en' ? data.en : data;
			return {
				id,
				term: own.term,
				aliases: own.aliases,
				definition: own.definition ?? '',
				other: lang === 'en' ? data.term : data.en.term,
				forms: [data.term, ...data.aliases, data.en.term, ...data.en.aliases],
				uses: uses.get(id) ?? [],
			};
		});
}
