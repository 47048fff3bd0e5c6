import { useT, type Lang } from '~/i18n';

/**
 * Citations of the report, of one trend page and of one of its figures (pure): GB/T 7714-2015 for
 * Chinese pages, APA 7 for English ones, and BibTeX for both. The access date is the reader's, not
 * the build's: these write the style's own placeholder for it (cite.accessed: 引用日期, "Month Day,
 * Year"), which the browser fills in with the reader's day (client/cite-date.ts). So a build on
 * another day changes no file, and nobody copies the day of a build as the day they read the page.
 * BibTeX files leave urldate out (a field classic BibTeX styles ignore); the browser adds it.
 */
export interface CiteInput {
	/** The page's language: titles and notes are in it. */
	lang: Lang;
	publisher: string;
	publisherEn: string;
	reportTitle: string;
	reportTitleEn: string;
	year: number;
	released: Date;
	siteName: string;
	trendNumber: number;
	trendTitle: string;
	url: string;
}

const ymd = (d: Date): string => d.toISOString().slice(0, 10);

export function gbtReport(c: CiteInput): string {
	return `${c.publisher}. ${c.reportTitle}[R]. ${c.year}.`;
}

export function gbtTrend(c: CiteInput): string {
	const t = useT(c.lang);
	return `${c.siteName}. ${t('cite.trendTitle', { n: c.trendNumber, title: c.trendTitle })}[EB/OL]. (${ymd(c.released)})[${t('cite.accessed')}]. ${c.url}.`;
}

/** APA 7: the original title first, its English rendering in square brackets, then the kind. */
export function apaReport(c: CiteInput): string {
	return `${c.publisherEn}. (${c.year}). ${c.reportTitle} [${c.reportTitleEn}] [Report].`;
}

const monthName = (d: Date): string =>
	new Intl.DateTimeFormat('en-US', { month: 'long', timeZone: 'UTC' }).format(d);

/** A web page in APA 7: site. (date). title. Retrieved date, from URL (the page may change). */
export function apaTrend(c: CiteInput): string {
	const t = useT(c.lang);
	const [y, m, d] = [c.released.getUTCFullYear(), monthName(c.released), c.released.getUTCDate()];
	return `${c.siteName}. (${y}, ${m} ${d}). ${t('cite.trendTitle', { n: c.trendNumber, title: c.trendTitle })}. Retrieved ${t('cite.accessed')}, from ${c.url}`;
}

/** BibTeX needs braces escaped out of titles; CJK is fine under biber/XeLaTeX. */
const bib = (s: string): string => s.replace(/[{}\\]/g, '');

export function bibtex(c: CiteInput): string {
	const t = useT(c.lang);
	const key = `qbitai${c.year}top10`;
	return [
		`@techreport{${key},`,
		`  author = {{${bib(c.publisher)}}},`,
		`  title = {{${bib(c.reportTitle)}}},`,
		`  institution = {{${bib(c.publisher)} (${bib(c.publisherEn)})}},`,
		`  year = {${c.year}},`,
		`  note = {${bib(c.reportTitleEn)}}`,
		`}`,
		``,
		`@misc{${key}-trend${c.trendNumber},`,
		`  title = {{${t('cite.trendTitle', { n: c.trendNumber, title: bib(c.trendTitle) })}}},`,
		`  author = {{${bib(c.siteName)}}},`,
		`  howpublished = {\\url{${c.url}}},`,
		`  year = {${c.released.getUTCFullYear()}},`,
		`  note = {${t('cite.compiledFrom', { publisher: bib(c.publisher), title: bib(c.reportTitle) })}}`,
		`}`,
	].join('\n');
}

/** A figure in its trend: its number there, its title and the URL of its anchor. */
export interface FigureRef {
	number: number;
	title: string;
	url: string;
}

/** How to cite one figure: in the text, in the reference list, and as a BibTeX entry. */
export interface FigureCitation {
	inline: string;
	full: string;
	bibtex: string;
}

export function citeFigure(c: CiteInput, f: FigureRef): FigureCitation {
	const t = useT(c.lang);
	const label = t('figure.label', { n: f.number });
	const trend = t('cite.trendTitle', { n: c.trendNumber, title: c.trendTitle });
	const year = c.released.getUTCFullYear();
	const full =
		c.lang === 'en'
			? `${c.siteName}. (${year}, ${monthName(c.released)} ${c.released.getUTCDate()}). ${label}. ${f.title} [Figure]. In ${trend}. Retrieved ${t('cite.accessed')}, from ${f.url}`
			: `${c.siteName}. ${label} ${f.title}[EB/OL]//${trend}. (${ymd(c.released)})[${t('cite.accessed')}]. ${f.url}.`;
	return {
		inline: t('cite.figureInline', { site: c.siteName, year, label }),
		full,
		bibtex: [
			`@misc{qbitai${c.year}top10-trend${c.trendNumber}-fig${f.number},`,
			`  title = {{${bib(`${label} ${f.title}`)}}},`,
			`  author = {{${bib(c.siteName)}}},`,
			`  howpublished = {\\url{${f.url}}},`,
			`  year = {${year}},`,
			`  note = {${bib(trend)}; ${t('cite.compiledFrom', { publisher: bib(c.publisher), title: bib(c.reportTitle) })}}`,
			`}`,
		].join('\n'),
	};
}
