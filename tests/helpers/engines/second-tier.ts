/**
 * The second tier in each engine (called from tests/engines/<engine>.test.ts with its driver):
 * pinyin initials on /search/ list trend 1 apart from the exact results and land on 数据中心
 * marked; a glossary term's pinyin (主权云, in the vocabulary through the glossary) and then an
 * English alias of it list trend 1 apart, the alias landing on 主权云 marked; a misspelt English word
 * on a phone lists its trend under "Close spelling", and "Did you mean" searches the corrected word
 * exactly.
 */
import { describe, expect, test } from 'vitest';
import { waitFor, waitForPath, type Driver } from './driver';
import { DESKTOP, expectMarks, PHONE } from './journeys';

export function secondTierJourneys(driver: () => Driver): void {
	describe(`the second tier`, () => {
		test('/search/?q=sjzx lists trend 1 by pinyin, apart; Enter lands on 数据中心, marked', async () => {
			const d = driver();
			await d.resize(DESKTOP);
			await d.goto('/search/?q=sjzx');
			const shown = await waitFor(
				d,
				() => {
					const item = document.querySelector<HTMLElement>(
						'#page-search-results-pinyin .search-result',
					);
					if (!item) return null;
					return {
						match: item.dataset.match,
						href: item.querySelector('a')?.getAttribute('href') ?? '',
						readAs: item.querySelector('.read-as')?.textContent,
						heading: document.getElementById('page-search-results-pinyin-label')?.textContent,
						exact: document.querySelectorAll('#page-search-results .search-result').length,
						items: document.querySelectorAll('.search-result[data-match="pinyin"]').length,
						status: document.querySelector('#search-page [role="status"]')?.textContent,
					};
				},
				[],
				{ message: 'the pinyin tier on /search/?q=sjzx' },
			);
			expect(shown).toMatchObject({
				match: 'pinyin',
				readAs: 'sjzx → 数据中心',
				heading: '按拼音匹配',
				exact: 0,
				items: 1,
			});
			expect(shown.href).toMatch(/^\/trends\/compute-infrastructure\/\?hl=[^#]+#[a-z0-9-]+$/);
			expect(shown.status).toContain('“sjzx”没有出现在本站的趋势页中。');
			await d.evaluate(() =>
				document.querySelector<HTMLInputElement>('#page-search-input')?.focus(),
			);
			await d.press('ArrowDown');
			await d.press('Enter');
			await waitForPath(d, /^\/trends\/compute-infrastructure\/\?hl=[^#]+#[a-z0-9-]+$/);
			await expectMarks(d, ['数据中心']);
		});

		test('a glossary term by its pinyin, then by its English alias: each lists trend 1 apart; the alias lands on 主权云, marked', async () => {
			const d = driver();
			await d.resize(DESKTOP);
			await d.goto('/search/?q=zhuquanyun');
			const pinyin = await waitFor(
				d,
				() => {
					const item = document.querySelector<HTMLElement>(
						'#page-search-results-pinyin .search-result',
					);
					return (
						item && {
							match: item.dataset.match,
							readAs: item.querySelector('.read-as')?.textContent,
							href: item.querySelector('a')?.getAttribute('href') ?? '',
						}
					);
				},
				[],
				{ message: 'the pinyin tier on /search/?q=zhuquanyun' },
			);
			expect(pinyin).toMatchObject({ match: 'pinyin', readAs: 'zhuquanyun → 主权云' });
			expect(pinyin.href).toMatch(/^\/trends\/compute-infrastructure\/\?hl=/);
			// The alias, typed into the same field: no page contains it, the glossary names 主权云.
			await d.evaluate(() => {
				const input = document.querySelector<HTMLInputElement>('#page-search-input');
				if (!input) return;
				input.value = '';
				input.focus();
			});
			await d.type('sovereign cloud');
			const alias = await waitFor(
				d,
				() => {
					const list = document.querySelector('#page-search-results[data-query="sovereign cloud"]');
					const item = document.querySelector<HTMLElement>(
						'#page-search-results-alias .search-result',
					);
					return (
						list &&
						item && {
							match: item.dataset.match,
							readAs: item.querySelector('.read-as')?.textContent,
							heading: document.getElementById('page-search-results-alias-label')?.textContent,
							exact: list.querySelectorAll('.search-result').length,
							items: document.querySelectorAll('.search-result[data-match="alias"]').length,
							pinyin: document.querySelectorAll('.search-result[data-match="pinyin"]').length,
						}
					);
				},
				[],
				{ message: 'the alias list for “sovereign cloud”' },
			);
			expect(alias).toMatchObject({
				match: 'alias',
				readAs: 'sovereign cloud → 主权云',
				heading: '按术语表的别名匹配（不计入数目）',
				exact: 0,
				items: 1,
				pinyin: 0,
			});
			await d.press('ArrowDown');
			await d.press('Enter');
			await waitForPath(d, /^\/trends\/compute-infrastructure\/\?hl=[^#]+#[a-z0-9-]+$/);
			await expectMarks(d, ['主权云']);
		});

		test('English, on a phone: a misspelt word lists its trend under Close spelling; Did you mean searches it', async () => {
			const d = driver();
			await d.resize(PHONE);
			await d.goto('/en/search/?q=embodyed');
			const shown = await waitFor(
				d,
				() => {
					const item = document.querySelector<HTMLElement>('.search-result[data-match="fuzzy"]');
					if (!item) return null;
					return {
						href: item.querySelector('a')?.getAttribute('href') ?? '',
						readAs: item.querySelector('.read-as')?.textContent,
						mean: document.querySelector('.did-you-mean')?.textContent,
						heading: document.getElementById('page-search-results-fuzzy-label')?.textContent,
						exact: document.querySelectorAll('#page-search-results .search-result').length,
						// The tier's lists fit the phone's width (the header's own fit is the 320 px journey's).
						wider: [...document.querySelectorAll('.search-second, .search-second *')].filter(
							(e) => e.getBoundingClientRect().right > document.documentElement.clientWidth,
						).length,
					};
				},
				[],
				{ message: 'the close-spelling tier on /en/search/?q=embodyed' },
			);
			expect(shown).toMatchObject({
				readAs: 'embodyed → embodied',
				mean: 'Did you mean: embodied',
				heading: 'Close spelling',
				exact: 0,
			});
			expect(shown.href).toMatch(/^\/en\/trends\/embodied-intelligence\/\?hl=embodied/);
			expect(shown.wider).toBe(0);
			await d.click('.did-you-mean button');
			const exact = await waitFor(
				d,
				() =>
					document.querySelector('#page-search-results[data-query="embodied"] [role="option"]') &&
					!document.querySelector('.search-result[data-match="fuzzy"]') && {
						url: location.search,
						value: document.querySelector<HTMLInputElement>('#page-search-input')?.value,
					},
				[],
				{ message: 'the exact results for the corrected word' },
			);
			expect(exact).toEqual({ url: '?q=embodied', value: 'embodied' });
		});
	});
}
