import { describe, expect, test } from 'vitest';
import Breadcrumb from '~/components/nav/Breadcrumb.astro';
import { render } from '../helpers/render';

const TRAIL = [
	{ label: '第二部分', href: '/parts/second-part/' },
	{ label: '趋势 03', href: '/trends/models-third/' },
];

describe('<Breadcrumb>', () => {
	test('a labelled nav: 首页, then the trail in order', async () => {
		const { root } = await render(Breadcrumb, { trail: TRAIL });
		const nav = root.querySelector('nav');
		expect(nav?.getAttribute('aria-label')).toBe('位置');
		expect(
			[...(nav?.querySelectorAll('li a') ?? [])].map((a) => [
				a.textContent?.trim(),
				a.getAttribute('href'),
			]),
		).toEqual([
			['首页', '/'],
			['第二部分', '/parts/second-part/'],
			['趋势 03', '/trends/models-third/'],
		]);
	});

	test('only the last crumb is the current page', async () => {
		const { root } = await render(Breadcrumb, { trail: TRAIL });
		const current = root.querySelectorAll('[aria-current]');
		expect(current).toHaveLength(1);
		expect(current[0]?.getAttribute('aria-current')).toBe('page');
		expect(current[0]?.textContent?.trim()).toBe('趋势 03');
	});

	test('the separators are hidden from screen readers', async () => {
		const { root } = await render(Breadcrumb, { trail: TRAIL });
		const separators = [...root.querySelectorAll('li span')];
		expect(separators).toHaveLength(TRAIL.length);
		expect(separators.every((s) => s.getAttribute('aria-hidden') === 'true')).toBe(true);
	});

	test('with a one-item trail that item is current', async () => {
		const { root } = await render(Breadcrumb, { trail: [{ label: '关于', href: '/about/' }] });
		expect(root.querySelector('[aria-current="page"]')?.getAttribute('href')).toBe('/about/');
	});
});
