import { describe, expect, test } from 'vitest';
import Ref from '~/components/mdx/Ref.astro';
import { render } from '../helpers/render';

// Ref looks its source up in the library (getLibrary → astro:content): the unit project's
// stand-in (helpers/setup-unit.ts) holds the fixture library.
describe('<Ref>', () => {
	test('a superscript link to the source in the page’s list, labelled with its short name', async () => {
		const { root } = await render(Ref, { to: 's1-daily' });
		const a = root.querySelector('sup.ref a');
		expect(a?.getAttribute('href')).toBe('#src-s1-daily');
		expect(a?.textContent).toBe('[示例日报]');
	});

	test('a report page goes into the label', async () => {
		const { root } = await render(Ref, { to: 'report', page: 6 });
		const a = root.querySelector('sup.ref a');
		expect(a?.getAttribute('href')).toBe('#src-report');
		expect(a?.textContent).toBe('[报告 p.6]');
	});

	test('an unknown source stops the build, naming the citation', async () => {
		await expect(render(Ref, { to: 'nowhere' })).rejects.toThrow(
			'<Ref to="nowhere">: unknown source "nowhere" (not in content/sources.yaml)',
		);
	});
});
