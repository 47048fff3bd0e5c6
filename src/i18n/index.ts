import en from './en';
import { translator } from './translate';
import zh from './zh';

/** The site's languages as BCP 47 tags: Chinese (the source, at /) and English (at /en/). */
export const LANGS = ['zh-CN', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'zh-CN';
export type UiKey = keyof typeof zh;

/** Astro.currentLocale (or any tag) → one of the site's languages; anything unknown is Chinese. */
export const langOf = (locale: string | undefined): Lang => (locale === 'en' ? 'en' : 'zh-CN');
export const otherLang = (lang: Lang): Lang => (lang === 'en' ? 'zh-CN' : 'en');

const translators = { 'zh-CN': translator<UiKey>(zh), en: translator<UiKey>(en) };
export type T = (typeof translators)[Lang];

/** `t()` for a language: look up a UI string and fill `{name}` placeholders; a wrong key is a type error. */
export const useT = (lang: Lang | string | undefined): T => translators[langOf(lang)];

/** Open Graph wants underscores. */
export const OG_LOCALE: Record<Lang, string> = { 'zh-CN': 'zh_CN', en: 'en_US' };
