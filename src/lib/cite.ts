import { t } from '~/i18n';

/** Citations of the report and of one trend page: GB/T 7714-2015 and BibTeX (pure). */
export interface CiteInput {
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
	accessed: Date;
}

const ymd = (d: Date): string => d.toISOString().slice(0, 10);

export function gbtReport(c: CiteInput): string {
	return `${c.publisher}. ${c.reportTitle}[R]. ${c.year}.`;
}

export function gbtTrend(c: CiteInput): string {
	return `${c.siteName}. ${t('cite.trendTitle', { n: c.trendNumber, title: c.trendTitle })}[EB/OL]. (${ymd(c.released)})[${ymd(c.accessed)}]. ${c.url}.`;
}

/** BibTeX needs braces escaped out of titles; CJK is fine under biber/XeLaTeX. */
const bib = (s: string): string => s.replace(/[{}\\]/g, '');

export function bibtex(c: CiteInput): string {
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
		`  urldate = {${ymd(c.accessed)}},`,
		`  note = {${t('cite.compiledFrom', { publisher: bib(c.publisher), title: bib(c.reportTitle) })}}`,
		`}`,
	].join('\n');
}
