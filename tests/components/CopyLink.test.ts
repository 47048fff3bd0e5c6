import { describe, expect, test } from 'vitest';
import CopyLink from '~/components/share/CopyLink.astro';
import { render } from '../helpers/render';

describe('<CopyLink>', () => {
	test('a button the copy action finds by data-rr and data-anchor, named for what it links', async () => {
		const { root } = await render(CopyLink, { anchor: 'fig-capex', label: '图1' });
		const buttons = root.querySelectorAll('button');
		expect(buttons).toHaveLength(1);
		const button = buttons[0];
		expect(button?.getAttribute('type')).toBe('button');
		expect(button?.getAttribute('data-rr')).toBe('copy');
		expect(button?.getAttribute('data-anchor')).toBe('fig-capex');
		expect(button?.getAttribute('aria-label')).toBe('复制链接：图1');
		expect(button?.querySelector('svg')?.getAttribute('aria-hidden')).toBe('true');
	});

	test('without an anchor it links the page itself', async () => {
		const { root } = await render(CopyLink, { label: '本页' });
		expect(root.querySelector('button')?.getAttribute('data-anchor')).toBe('');
	});

	test('an empty live region announces the result; search ignores the control', async () => {
		const { root } = await render(CopyLink, { anchor: 'x', label: 'x', class: 'ms-2' });
		const wrapper = root.querySelector('.copy-link');
		// Left out of the search index by its class (pagefind.json).
		expect(wrapper?.classList.contains('copy-link')).toBe(true);
		expect(wrapper?.classList.contains('ms-2')).toBe(true);
		const status = wrapper?.querySelectorAll('[role="status"]');
		expect(status).toHaveLength(1);
		expect(status?.[0]?.textContent).toBe('');
	});
});
