/**
 * One edition's view of an entry: the English edition reads the `en` block of each YAML entry, the
 * Chinese edition the entry itself.
 */
import { DEFAULT_LANG, type Lang } from '~/i18n/langs';
import type { Part, Report, Source } from './content';

export function localizeReport(report: Report, lang: Lang): Report {
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

export function localizePart(part: Part, lang: Lang): Part {
	if (lang === DEFAULT_LANG) return part;
	const { en } = part.data;
	return { ...part, data: { ...part.data, title: part.data.titleEn, ...en } };
}

/** English pages read a source's English label, publisher and note; its title stays as written. */
export function localizeSource(source: Source, lang: Lang): Source {
	if (lang === DEFAULT_LANG) return source;
	const { short, publisher, note } = source.data.en;
	return { ...source, data: { ...source.data, short, publisher, note } };
}

/**
 * A source's title as a page shows it: Chinese pages as written; English pages in APA style, a
 * Chinese title as written (without its English gloss) followed by its rendering in brackets.
 */
export function sourceTitle(source: Source, lang: Lang): { original?: string; title: string } {
	if (lang === DEFAULT_LANG) return { title: source.data.title };
	// A trailing full-width bracket holding Latin letters is the title's own English gloss.
	const original = source.data.title.replace(/\uFF08[^\uFF09]*[A-Za-z][^\uFF09]*\uFF09$/, '');
	return /\p{Script=Han}/u.test(original)
		? { original, title: source.data.en.title }
		: { title: source.data.en.title };
}
