/** Href builders. Every internal link goes through here so a sub-path `base` works everywhere. */
/** The configured base, always with one trailing slash ("/" or "/sub/"). */
export const BASE = import.meta.env.BASE_URL.replace(/\/?$/, '/');

/** Prefix a site-relative path ("trends/x/") with the configured base. */
export const href = (path = ''): string => `${BASE}${path.replace(/^\//, '')}`;

export const homeUrl = (): string => href();
export const partUrl = (slug: string): string => href(`parts/${slug}/`);
export const trendUrl = (slug: string, anchor?: string): string =>
	href(`trends/${slug}/`) + (anchor ? `#${anchor}` : '');
export const aboutUrl = (anchor?: string): string => href('about/') + (anchor ? `#${anchor}` : '');
export const searchUrl = (): string => href('search/');
