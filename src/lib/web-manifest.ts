/** The web app manifest (served as <base>manifest.webmanifest) and its icons, under the site's base. */
import { LOCALE, t } from '~/i18n';
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
export const manifestUrl = (): string => href('manifest.webmanifest');

export function webManifest() {
	return {
		// The id and scope are the base, so two copies of the site under different paths are two apps.
		id: BASE,
		name: t('site.name'),
		short_name: t('site.shortName'),
		description: t('site.tagline'),
		lang: LOCALE,
		dir: 'ltr',
		start_url: BASE,
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
