/**
 * Static paths of the pages in src/pages/[...lang]/: every page once per edition, Chinese at the
 * root (the rest parameter left out) and English under /en/. Each page gets its `lang` as a prop.
 */
import { DEFAULT_LANG, LANGS, type Lang } from '~/i18n';

interface Path<Params, Props> {
	params: Params;
	props: Props;
}

export async function perLang<Params extends Record<string, string>, Props extends object>(
	each: (lang: Lang) => Path<Params, Props>[] | Promise<Path<Params, Props>[]>,
): Promise<Path<Params & { lang: string | undefined }, Props & { lang: Lang }>[]> {
	const all = await Promise.all(
		LANGS.map(async (lang) =>
			(await each(lang)).map(({ params, props }) => ({
				params: { ...params, lang: lang === DEFAULT_LANG ? undefined : lang },
				props: { ...props, lang },
			})),
		),
	);
	return all.flat();
}

/**
 * The paths of a page that exists once per edition and takes no other parameter. Such a page exports
 * it as `export const getStaticPaths: GetStaticPaths = onePerLang;` and reads `lang` and `t` from
 * `Astro.locals`: with `(…) satisfies GetStaticPaths` there, Astro's compiler (5.18) hoists the next
 * statement out of the component, where `Astro.locals` is undefined and the build fails.
 */
export const onePerLang = () => perLang(() => [{ params: {}, props: {} }]);
