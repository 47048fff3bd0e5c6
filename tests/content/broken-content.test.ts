/**
 * Wrong content must stop the build with a message that names the file and the field.
 * Each case copies the project, breaks one thing and runs Astro in the copy. The schemas' own
 * messages are tested without Astro (tests/unit/schema.test.ts); one case here shows that Astro
 * reports them with the file's name.
 */
import { describe, expect, test } from 'vitest';
import { FIXTURE_TIMEOUT, replaceIn, runBrokenFixture } from '../helpers/fixture';

const T1 = 'content/trends/compute-infrastructure.mdx';
const T2 = 'content/trends/ai-native-chips.mdx';

test(
	'a schema error stops `astro sync` naming the file and the field',
	async () => {
		const run = await runBrokenFixture(
			(dir) => replaceIn(dir, T1, /^number: 1$/m, 'number: 11'),
			'sync',
		);
		expect(run.status).not.toBe(0);
		expect(run.output).toMatch(/compute-infrastructure/);
		expect(run.output).toMatch(/number\*?\*?: Number must be less than or equal to 10/);
	},
	FIXTURE_TIMEOUT,
);

describe('cross-entry errors stop `astro build` naming the file', () => {
	test(
		'duplicate number, duplicate slug, unknown part and unknown source, all listed at once',
		async () => {
			const run = await runBrokenFixture((dir) => {
				replaceIn(dir, T2, /^number: 2$/m, 'number: 1');
				replaceIn(dir, T2, /^slug: ai-native-chips$/m, 'slug: compute-infrastructure');
				replaceIn(dir, T2, /^part: infrastructure$/m, 'part: no-such-part');
				replaceIn(dir, T2, /- \{ ?id: s1-singtao ?\}/, '- { id: no-such-source }');
			}, 'build');
			expect(run.status).not.toBe(0);
			// Which of the two files is named first depends on load order; both must be named.
			expect(run.output).toMatch(
				/content\/trends\/(ai-native-chips|compute-infrastructure)\.mdx: number 1 is already used by content\/trends\/(compute-infrastructure|ai-native-chips)\.mdx/,
			);
			expect(run.output).toMatch(
				/slug "compute-infrastructure" is already used by content\/trends\/(compute-infrastructure|ai-native-chips)\.mdx/,
			);
			expect(run.output).toContain(
				'content/trends/ai-native-chips.mdx: part "no-such-part" is not in content/parts.yaml',
			);
			expect(run.output).toContain(
				'content/trends/ai-native-chips.mdx: source "no-such-source" is not in content/sources.yaml',
			);
		},
		FIXTURE_TIMEOUT,
	);

	test(
		'a heading without an explicit id',
		async () => {
			const run = await runBrokenFixture(
				(dir) => replaceIn(dir, T2, /^(## .*?) \\\{#[a-z0-9-]+\}$/m, '$1'),
				'build',
			);
			expect(run.status).not.toBe(0);
			expect(run.output).toMatch(/ai-native-chips\.mdx:\d+: heading needs an explicit ASCII id/);
		},
		FIXTURE_TIMEOUT,
	);
});
