// UI text lives in src/i18n/ and the report's text in content/: a Chinese character anywhere else
// in src/ is a string an English page would show untranslated (comments are allowed to quote Chinese).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';

const files = (dir: string): string[] =>
	readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
		const p = join(dir, d.name);
		if (d.isDirectory()) return p === join('src', 'i18n') ? [] : files(p);
		return /\.(astro|ts|mjs|css)$/.test(d.name) ? [p] : [];
	});

/** Source text without comments: // lines, block comments and JSX {/* *\/} comments. */
const code = (text: string): string =>
	text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');

const cjk = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;

test('no Chinese text in src/ outside src/i18n/ (comments aside)', () => {
	const offenders = files('src').flatMap((file) =>
		code(readFileSync(file, 'utf8'))
			.split('\n')
			.flatMap((line, i) => (cjk.test(line) ? [`${file}:${i + 1}: ${line.trim()}`] : [])),
	);
	expect(offenders).toEqual([]);
});
