/**
 * The collection schemas on their own (src/content.config.ts): a wrong field is refused with a
 * message naming it. Each case breaks one field of a real entry; how a broken file stops the build,
 * and the rules that span several files, are tested by building (tests/content/).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { collections } from '~/content.config';

/** The frontmatter of a real trend file, as the glob loader hands it to the schema. */
function frontmatter(file: string): Record<string, unknown> {
	const text = readFileSync(file, 'utf8');
	const match = /^---\n([\s\S]*?)\n---/.exec(text);
	if (!match?.[1]) throw new Error(`${file}: no frontmatter`);
	return parse(match[1]) as Record<string, unknown>;
}

/** Each refused field as `path: message`. */
async function issues(
	schema: (typeof collections)[keyof typeof collections]['schema'],
	data: unknown,
): Promise<string[]> {
	if (!schema || typeof schema === 'function') throw new Error('expected a schema object');
	const result = await schema.safeParseAsync(data);
	return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

const TREND = frontmatter('content/trends/compute-infrastructure.mdx');
const CAPEX = JSON.parse(readFileSync('content/data/capex.json', 'utf8')) as Record<
	string,
	unknown
>;

describe('trend frontmatter', () => {
	test('the real file passes', async () => {
		expect(await issues(collections.trends.schema, TREND)).toEqual([]);
	});

	test('a missing title is named', async () => {
		const { title: _title, ...rest } = TREND;
		expect(await issues(collections.trends.schema, rest)).toEqual(['title: Required']);
	});

	test('a number out of range is named', async () => {
		expect(await issues(collections.trends.schema, { ...TREND, number: 11 })).toEqual([
			'number: Number must be less than or equal to 10',
		]);
	});

	test('a slug that is not ASCII kebab-case is named', async () => {
		expect(await issues(collections.trends.schema, { ...TREND, slug: '算力' })).toEqual([
			'slug: must be ASCII kebab-case (a-z, 0-9, -)',
		]);
	});
});

describe('datasets', () => {
	test('the real capex file passes', async () => {
		expect(await issues(collections.datasets.schema, CAPEX)).toEqual([]);
	});

	test('2025E values that no longer sum to the stated 298 are refused with both sums', async () => {
		const broken = JSON.parse(JSON.stringify(CAPEX).replace('"2025E":75', '"2025E":76')) as unknown;
		expect(JSON.stringify(broken)).not.toEqual(JSON.stringify(CAPEX));
		expect((await issues(collections.datasets.schema, broken)).join('\n')).toContain(
			'the 2025E values sum to 299, but the report states 298',
		);
	});
});
