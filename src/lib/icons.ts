/**
 * The site's line icons (24 × 24, drawn with the current colour by global.css's svg rule): one
 * list for the sprite (pages/icons.svg.ts) and for the icons a page draws itself
 * (components/ui/Icon.astro).
 */
export const ICONS = {
	link: '<path d="M10 14a4 4 0 0 0 5.7 0l3-3a4 4 0 0 0-5.7-5.7l-1 1M14 10a4 4 0 0 0-5.7 0l-3 3a4 4 0 0 0 5.7 5.7l1-1"/>',
	qr: '<path d="M4 4h6v6H4zM14 4h6v6h-6zM4 14h6v6H4zM14 14h2v2h-2zM18 18h2v2h-2z"/>',
	search: '<circle cx="11" cy="11" r="7"/><path d="m20 20-4-4"/>',
	moon: '<path d="M21 12.8A9 9 0 1 1 11.2 3a7 7 0 0 0 9.8 9.8z"/>',
	share: '<path d="M12 3v12M7 8l5-5 5 5M5 14v6h14v-6"/>',
	poster: '<path d="M6 3h12v18H6zM9 7h6M9 10h4M13 14h3v3h-3z"/>',
} as const;

export type IconName = keyof typeof ICONS;

export const ICON_VIEWBOX = '0 0 24 24';

/** The sprite: each icon a <symbol> with the id `i-<name>`. */
export const iconSprite = (): string =>
	`<svg xmlns="http://www.w3.org/2000/svg">${Object.entries(ICONS)
		.map(([name, body]) => `<symbol id="i-${name}" viewBox="${ICON_VIEWBOX}">${body}</symbol>`)
		.join('')}</svg>\n`;
