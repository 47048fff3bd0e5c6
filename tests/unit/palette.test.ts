/** The colours build-time images use (src/lib/palette.ts) are the CSS tokens (src/styles/global.css). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { PALETTE, type Theme } from '~/lib/palette';

const CSS = readFileSync(join(process.cwd(), 'src/styles/global.css'), 'utf8');

/** The custom properties of the one top-level rule with this selector (not @media overrides). */
function tokens(selector: string): Map<string, string> {
	const escaped = selector.replace(/[[\]]/g, '\\$&').replace(/'/g, `['"]`);
	const blocks = [...CSS.matchAll(new RegExp(`^${escaped} \\{([^}]*)\\}`, 'gm'))];
	expect(blocks, `top-level ${selector} rules in global.css`).toHaveLength(1);
	return new Map(
		[...(blocks[0]?.[1] ?? '').matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)].map((m) => [
			m[1] ?? '',
			(m[2] ?? '').trim().toLowerCase(),
		]),
	);
}

/** PALETTE key → CSS custom property. */
const cssName = (key: string): string => (key === 'surface2' ? '--surface-2' : `--${key}`);

const THEMES: [Theme, string][] = [
	['light', ':root'],
	['dark', "[data-theme='dark']"],
];

describe('PALETTE agrees with the colour tokens in global.css', () => {
	test('both themes have the same keys', () => {
		expect(Object.keys(PALETTE.dark)).toEqual(Object.keys(PALETTE.light));
		expect(Object.keys(PALETTE.light)).toEqual(
			expect.arrayContaining([
				'surface',
				'surface2',
				'ink',
				'muted',
				'rule',
				'p1',
				'p2',
				'p3',
				'p4',
			]),
		);
	});

	test.each(THEMES)('%s (%s)', (theme, selector) => {
		const css = tokens(selector);
		const differ = Object.entries(PALETTE[theme])
			.map(([key, value]) => ({ key, palette: value.toLowerCase(), css: css.get(cssName(key)) }))
			.filter((row) => row.palette !== row.css);
		expect(differ).toEqual([]);
	});
});
