/** Href builders. Every internal link goes through here so a sub-path `base` and /en/ work everywhere. */
import { DEFAULT_LANG, LANGS, type Lang } from '~/i18n/langs';

/** The configured base, always with one trailing slash ("/" or "/sub/"). */
export const BASE = import.meta.env.BASE_URL.replace(/\/?$/, '/');

/** The English edition lives under /en/; Chinese, the source, at the root. */
const langPrefix = (lang: Lang): string => (lang === DEFAULT_LANG ? '' : `${lang}/`);

/** Prefix a site-relative path ("trends/x/") with the configured base and the language's folder. */
export const href = (path = '', lang: Lang = DEFAULT_LANG): string =>
	`${BASE}${langPrefix(lang)}${path.replace(/^\//, '')}`;

const withAnchor = (url: string, anchor?: string): string => url + (anchor ? `#${anchor}` : '');

export const homeUrl = (lang?: Lang): string => href('', lang);
export const partUrl = (slug: string, lang?: Lang): string => href(`parts/${slug}/`, lang);
export const trendUrl = (slug: string, lang?: Lang, anchor?: string): string =>
	withAnchor(href(`trends/${slug}/`, lang), anchor);
/** The trend as Markdown, beside its page (src/lib/trend-markdown.ts). */
export const trendMarkdownUrl = (slug: string, lang?: Lang): string =>
	href(`trends/${slug}.md`, lang);
export const aboutUrl = (lang?: Lang, anchor?: string): string =>
	withAnchor(href('about/', lang), anchor);
export const glossaryUrl = (lang?: Lang, anchor?: string): string =>
	withAnchor(href('glossary/', lang), anchor);
export const searchUrl = (lang?: Lang): string => href('search/', lang);
export const dataUrl = (file: string, lang?: Lang): string => href(`data/${file}`, lang);

/** Which language a page path (with the base) belongs to, and its path inside that language. */
export function splitPath(pathname: string): { lang: Lang; rest: string } {
	const rel = pathname.startsWith(BASE) ? pathname.slice(BASE.length) : pathname.replace(/^\//, '');
	for (const lang of LANGS) {
		const prefix = langPrefix(lang);
		if (prefix && (rel === prefix.slice(0, -1) || rel.startsWith(prefix)))
			return { lang, rest: rel.slice(prefix.length) };
	}
	return { lang: DEFAULT_LANG, rest: rel };
}

/** An edition's 404 page: the root one a host serves for any missing path, and the English one. */
export const notFoundUrl = (lang: Lang): string =>
	lang === DEFAULT_LANG ? href('404.html') : href('404/', lang);

/** A 404 page (/404.html, /en/404/): it has no twin to link to, and no alternates. */
export const isNotFound = (pathname: string): boolean => /\/404(\.html|\/)?$/.test(pathname);

/** The same page in another language: /trends/x/ ↔ /en/trends/x/ (ids are shared, so anchors carry over). */
export const twinPath = (pathname: string, lang: Lang): string =>
	href(splitPath(pathname).rest, lang);
