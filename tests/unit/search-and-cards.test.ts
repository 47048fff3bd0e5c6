import { describe, expect, test } from 'vitest';
import { titleSize } from '~/lib/images/og';
import {
	cleanQuery,
	highlightTerms,
	isSearchable,
	readState,
	stateToSearch,
	withHighlight,
} from '~/lib/search';

describe('search helpers', () => {
	test('cleanQuery folds whitespace, drops control characters and caps the length', () => {
		expect(cleanQuery('  数据\u0000中心 \n\t Stargate ')).toBe('数据 中心 Stargate');
		expect(cleanQuery('a'.repeat(5000))).toHaveLength(100);
	});

	test('isSearchable needs a letter or digit in any script', () => {
		expect(isSearchable('，。！？')).toBe(false);
		expect(isSearchable('🤖')).toBe(false);
		expect(isSearchable('مرحبا')).toBe(true);
		expect(isSearchable('3D')).toBe(true);
	});

	test('query and filter round-trip through the URL', () => {
		const state = { q: '具身 智能', part: '模型进化' };
		expect(readState(stateToSearch(state))).toEqual(state);
		expect(stateToSearch({ q: '', part: '' })).toBe('');
	});

	test('result links carry the terms before the hash', () => {
		expect(withHighlight('/trends/x/#moe', 'MoE 架构')).toBe(
			'/trends/x/?hl=MoE%20%E6%9E%B6%E6%9E%84#moe',
		);
		expect(withHighlight('/trends/x/', 'a')).toBe('/trends/x/?hl=a');
		expect(highlightTerms('  MoE 混合专家 MoE !! ')).toEqual(['混合专家', 'MoE']);
	});
});

describe('social card title size', () => {
	test('short titles are large; long ones shrink to fit one line, not below 48 px', () => {
		expect(titleSize('应用版图')).toBe(76);
		expect(titleSize('芯片AI化：AI原生需求重塑芯片创新')).toBeLessThan(76);
		expect(titleSize('字'.repeat(40))).toBe(48);
	});
});
