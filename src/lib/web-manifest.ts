/** The web app manifest (served as <base>manifest.webmanifest) and its icons, under the site's base. */
import { useT, type Lang } from '~/i18n';
import type { IconSpec } from './images/icon';
import { PALETTE } from './palette';
import { BASE, href } from './urls';

/** Icon file name (without .png) → what it is: the two sizes browsers ask for, and a maskable one. */
export const ICONS = {
	'icon-192': { size: 192, maskable: false },
	'icon-512': { size: 512, maskable: false },
	'maskable-512': { size: 512, maskable: true },
} as const satisfies Record<string, IconSpec>;

export const iconUrl = (name: keyof typeof ICONS): string => href(`icons/${name}.png`);
export const manifestUrl = (lang: Lang): string => href('manifest.webmanifest', lang);

/** The manifest of one edition: it opens on that edition's home; its scope is the whole site. */
export function webManifest(lang: Lang) {
	const t = useT(lang);
	return {
		// The id is the edition's home under the base, so two copies of the site under different paths
		// (and the two editions) are separate apps; the scope is the base, both editions included.
		id: href('', lang),
		name: t('site.name'),
		short_name: t('site.shortName'),
		description: t('site.tagline'),
		lang,
		dir: 'ltr',
		start_url: href('', lang),
		scope: BASE,
		display: 'standalone',
		background_color: PALETTE.light.surface,
		theme_color: PALETTE.light.surface,
		icons: Object.entries(ICONS).map(([name, { size, maskable }]) => ({
			src: iconUrl(name as keyof typeof ICONS),
			sizes: `${size}x${size}`,
			type: 'image/png',
			purpose: maskable ? 'maskable' : 'any',
		})),
	};
}
