import en from './en';
import { langOf, type Lang } from './langs';
import { translator } from './translate';
import zh from './zh';

export { DEFAULT_LANG, LANGS, OG_LOCALE, langOf, otherLang, type Lang } from './langs';
export type UiKey = keyof typeof zh;

const translators = { 'zh-CN': translator<UiKey>(zh), en: translator<UiKey>(en) };
export type T = (typeof translators)[Lang];

/** `t()` for a language: look up a UI string and fill `{name}` placeholders; a wrong key is a type error. */
export const useT = (lang: Lang | string | undefined): T => translators[langOf(lang)];

/** What every page and component reads from `Astro.locals` (set once per page by src/middleware.ts). */
export const localsFor = (locale: string | undefined): App.Locals => {
	const lang = langOf(locale);
	return { lang, t: translators[lang] };
};
