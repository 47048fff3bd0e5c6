import { describe, expect, test } from 'vitest';
import Icon from '~/components/ui/Icon.astro';
import { ICONS, iconSprite } from '~/lib/icons';
import { render } from '../helpers/render';

describe('<Icon>', () => {
	test('by default, a reference into the sprite, which holds every icon under its id', async () => {
		const { root } = await render(Icon, { name: 'qr' });
		const svg = root.querySelector('svg');
		expect(svg?.getAttribute('aria-hidden')).toBe('true');
		expect(svg?.querySelector('use')?.getAttribute('href')).toBe('/icons.svg#i-qr');
		const ids = [...iconSprite().matchAll(/<symbol id="([^"]+)" viewBox="0 0 24 24">/g)].map(
			(m) => m[1],
		);
		expect(ids).toEqual(Object.keys(ICONS).map((name) => `i-${name}`));
	});

	test('inline, the same drawing in the page, with no request', async () => {
		const { root } = await render(Icon, { name: 'search', inline: true });
		const svg = root.querySelector('svg');
		expect(svg?.getAttribute('aria-hidden')).toBe('true');
		expect(svg?.getAttribute('viewBox')).toBe('0 0 24 24');
		expect(svg?.querySelector('use')).toBeNull();
		expect(svg?.innerHTML.replace(/\s+\/>/g, '/>').replace(/><\/(circle|path)>/g, '/>')).toBe(
			ICONS.search,
		);
	});
});
