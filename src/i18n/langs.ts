/**
 * The site's languages, without any dictionary, so that browser code (urls.ts) can import them
 * without shipping UI strings.
 */
/** BCP 47 tags: Chinese (the source, at /) and English (at /en/). */
export const LANGS = ['zh-CN', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'zh-CN';

/** Astro.currentLocale (or any tag) → one of the site's languages; anything unknown is Chinese. */
export const langOf = (locale: string | undefined): Lang => (locale === 'en' ? 'en' : 'zh-CN');
export const otherLang = (lang: Lang): Lang => (lang === 'en' ? 'zh-CN' : 'en');

/** Open Graph wants underscores. */
export const OG_LOCALE: Record<Lang, string> = { 'zh-CN': 'zh_CN', en: 'en_US' };
