import { describe, expect, test } from 'vitest';
import TrendCard from '~/components/report/TrendCard.astro';
import { TRENDS } from '../helpers/astro-content';
import { render } from '../helpers/render';

const trend = TRENDS[2];

describe('<TrendCard>', () => {
	test('one link to the trend page, coloured by its part, with the zero-padded number and both title lines', async () => {
		const { root } = await render(TrendCard, { trend });
		const links = root.querySelectorAll('a');
		expect(links).toHaveLength(1);
		const a = links[0];
		expect(a?.getAttribute('href')).toBe('/trends/models-third/');
		expect(a?.getAttribute('data-part')).toBe('second-part');
		expect(
			[...(a?.querySelectorAll(':scope > span') ?? [])].map((s) => s.textContent?.trim()),
		).toEqual(['趋势 03', '模型第三', '推理倒逼创新']);
	});

	test('the summary shows only on detailed cards', async () => {
		const summary = trend?.data.summary ?? '';
		expect(summary.length).toBeGreaterThan(10);
		expect((await render(TrendCard, { trend })).html).not.toContain(summary);
		expect((await render(TrendCard, { trend, detailed: true })).html).toContain(summary);
	});

	test('two-digit numbers are not padded further', async () => {
		const ten = { ...TRENDS[0], data: { ...TRENDS[0]?.data, number: 10 } };
		const { root } = await render(TrendCard, { trend: ten });
		expect(root.querySelector('a span')?.textContent?.trim()).toBe('趋势 10');
	});
});
