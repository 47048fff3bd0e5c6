/**
 * Reading in place (issue 21), the same in every engine at a desktop and a phone width: a citation's
 * preview (source title, URL unchanged, next/previous, Escape closes, focus returns and no preview
 * opens again, not even for a link left under the resting pointer; a hover preview at desktop), a
 * glossary term's, a number's and a trend link's; axe with a preview open in both themes (desktop);
 * no Chinese text in italics, in a preview or on the glossary page. One page load serves each width.
 * Called from tests/engines/<engine>.test.ts.
 */
import { mkdirSync } from 'node:fs';
import { TARGETS } from '~/client/preview/targets';
import { join } from 'node:path';
import { afterEach, beforeAll, expect, test } from 'vitest';
import { waitFor, type Driver, type EngineName } from './driver';
import { axe } from './axe';
import { useDriver } from './index';
import { DESKTOP, PHONE, SHOTS, WITHOUT } from './journeys';

/**
 * The preview's text once it is open (and, for a citation, once it names `expect`). A timeout says
 * what was there instead.
 */
const previewText = async (d: Driver, contains = '') => {
	try {
		return await waitFor(
			d,
			(part: string) => {
				const pop = document.getElementById('rr-preview');
				const text = pop?.matches(':popover-open') ? (pop.textContent ?? '') : '';
				return text.includes(part) && text;
			},
			[contains],
			{ message: `the preview to show "${contains}"` },
		);
	} catch (error) {
		const found = await d.evaluate(() => {
			const pop = document.getElementById('rr-preview');
			const state = pop?.matches(':popover-open')
				? `open, "${pop.textContent?.slice(0, 40)}"`
				: 'closed';
			return `${state}; focus on ${document.activeElement?.outerHTML.slice(0, 80)}`;
		});
		throw new Error(`${(error as Error).message}; the preview: ${found}`, { cause: error });
	}
};

/**
 * After a preview closed: it stays closed for three times the hover delay (350 ms), with the pointer
 * left where it was. A focus handed back by the browser, or a link that came under a pointer at
 * rest, opened a new one (run 68).
 */
async function staysClosed(d: Driver): Promise<void> {
	const until = Date.now() + 1050;
	while (Date.now() < until)
		expect(
			await d.evaluate(() => document.getElementById('rr-preview')?.matches(':popover-open')),
			'a preview opened again after Escape',
		).toBe(false);
}

/**
 * Elements under `root` whose own text has Chinese characters and is set in italics (Chinese type
 * has no italic: the browser slants it). <cite> and <dfn> are italic by default.
 */
const italicChinese = (d: Driver, root: string) =>
	d.evaluate((sel: string) => {
		const found: string[] = [];
		for (const el of document.querySelectorAll(`${sel}, ${sel} *`)) {
			const own = [...el.childNodes]
				.filter((n) => n.nodeType === Node.TEXT_NODE)
				.map((n) => n.textContent)
				.join('');
			if (/\p{Script=Han}/u.test(own) && getComputedStyle(el).fontStyle !== 'normal')
				found.push(`<${el.tagName.toLowerCase()}> ${own.trim().slice(0, 24)}`);
		}
		return found;
	}, root);

export function readingJourneys(engine: EngineName): void {
	const driver = useDriver(engine);
	const base = engine === 'firefox' ? [WITHOUT.serviceWorker] : [];
	const shots = join(SHOTS, engine);

	beforeAll(() => mkdirSync(shots, { recursive: true }));
	afterEach(async () => {
		expect(await driver().takeErrors(), 'console errors, exceptions, failed loads, CSP').toEqual(
			[],
		);
	});

	for (const [name, size] of [
		['desktop', DESKTOP],
		['phone', PHONE],
	] as const) {
		test(`${name}: previews of a citation, a glossary term, a number and a trend link, in place`, async () => {
			const d = driver();
			await d.resize(size, base);
			await d.goto('/trends/compute-infrastructure/');
			// The preview code listens once the page is idle (numbers then join the focus order).
			await waitFor(d, () => !!document.querySelector('.prose-zh .datum[tabindex="0"]'), [], {
				message: 'the preview listener',
			});
			const url = await d.evaluate(() => location.href);

			// A citation: its source's title, from the page's own source list.
			const title = await d.evaluate(() => {
				const id = document.querySelector<HTMLAnchorElement>('sup.ref a')?.hash.slice(1) ?? '';
				return document.querySelector(`[id="${id}"] cite, [id="${id}"] a`)?.textContent?.trim();
			});
			expect(title).toBeTruthy();
			await d.click('sup.ref a');
			await previewText(d, title ?? '');
			expect(await d.evaluate(() => location.href)).toBe(url);
			// The report's title is Chinese and a <cite>: upright.
			expect(title).toMatch(/\p{Script=Han}/u);
			expect(await italicChinese(d, '#rr-preview')).toEqual([]);
			expect(
				await d.evaluate(() => document.getElementById('rr-preview')?.classList.contains('sheet')),
			).toBe(name === 'phone');
			await d.screenshot(join(shots, `preview-citation-${name}.png`));
			await d.click('#rr-preview [data-step="1"]');
			const count = await previewText(d, '2 / ');
			expect(count).toMatch(/引用 2 \/ \d+/);
			// With a mouse, the pointer rests on the preview, over a link the preview covers: Escape
			// leaves it over that link, which the reader did not reach for.
			const covered =
				name === 'desktop' &&
				(await d.evaluate((targets: string) => {
					const pop = document.getElementById('rr-preview')?.getBoundingClientRect();
					for (const el of pop ? document.querySelectorAll(targets) : []) {
						const r = el.getBoundingClientRect();
						const [x, y] = [r.left + r.width / 2, r.top + r.height / 2];
						if (
							pop &&
							x > pop.left + 2 &&
							x < pop.right - 2 &&
							y > pop.top + 2 &&
							y < pop.bottom - 2
						)
							return { x, y };
					}
					return null;
				}, TARGETS));
			if (name === 'desktop') {
				expect(covered, 'a link under the open preview').toBeTruthy();
				if (covered) await d.pointAt(covered.x, covered.y);
			}
			await d.press('Escape');
			await waitFor(
				d,
				() =>
					!document.getElementById('rr-preview')?.matches(':popover-open') &&
					document.activeElement === document.querySelectorAll('sup.ref a')[1],
				[],
				{ message: 'the preview to close and focus to return to the second citation' },
			);
			expect(await d.evaluate(() => location.href)).toBe(url);
			await staysClosed(d);
			if (covered) {
				// Once the pointer leaves and comes back, the link's hover preview opens.
				await d.pointAt(4, 4);
				await d.pointAt(covered.x, covered.y);
				await previewText(d);
				await d.press('Escape');
			}

			// A glossary term: its definition, labelled as background; its link is the glossary entry.
			const href = await d.evaluate(() =>
				document.querySelector('.prose-zh a[href*="glossary/#"]')?.getAttribute('href'),
			);
			expect(href).toMatch(/^\/glossary\/#[a-z0-9-]+$/);
			await d.click('.prose-zh a[href*="glossary/#"]');
			expect(await previewText(d, '背景')).toMatch(/算力/);
			expect(await d.evaluate(() => location.href)).toBe(url);
			expect(await italicChinese(d, '#rr-preview')).toEqual([]);
			await d.screenshot(join(shots, `preview-term-${name}.png`));
			if (name === 'desktop') {
				expect(await axe(d)).toEqual([]);
				await d.evaluate(() => (document.documentElement.dataset.theme = 'dark'));
				expect(await axe(d)).toEqual([]);
				await d.screenshot(join(shots, `preview-term-${name}-dark.png`));
			}
			await d.press('Escape');
			await waitFor(
				d,
				() =>
					!document.getElementById('rr-preview')?.matches(':popover-open') &&
					document.activeElement === document.querySelector('.prose-zh a[href*="glossary/#"]'),
				[],
				{ message: 'the preview to close and focus to return to the term' },
			);
			await staysClosed(d);

			// A number: where it comes from.
			await d.click('.prose-zh .datum');
			expect(await previewText(d, '数字的出处')).toMatch(/报告第 6 页/);
			await d.press('Escape');

			// A link to a trend (the glossary's "used in"): that trend's number, part and title. The
			// pager's links are not previewed: a click on them moves on.
			await d.goto('/glossary/');
			expect(await italicChinese(d, '.glossary')).toEqual([]);
			// As on the trend page, the preview listens once the page is idle. The idle code fills the
			// report menu when it opens, after its imports (the preview's listener among them) have run.
			await d.click('[popovertarget="site-menu"]');
			await waitFor(d, () => !!document.querySelector('#site-menu .report-index'), [], {
				message: 'the idle code',
			});
			await d.press('Escape');
			const glossaryUrl = await d.evaluate(() => location.href);
			await d.click('.glossary dd a[href*="/trends/"]');
			expect(await previewText(d, '阅读这条趋势')).toMatch(/趋势 \d+ · /);
			expect(await d.evaluate(() => location.href)).toBe(glossaryUrl);
			await d.press('Escape');

			// Without the preview, the term link lands on the glossary entry.
			await d.goto(href ?? '');
			expect(await d.evaluate(() => !!document.getElementById(location.hash.slice(1)))).toBe(true);
		});
	}
}
