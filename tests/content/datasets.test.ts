/**
 * The figure datasets against the report's numbers, stated here independently of content/data.
 * Report p.6, decoded: capex in US$ billion; data-centre investments in billions of their currency.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { schema as capexSchema } from '~/lib/figures/capex';
import { schema as datacentersSchema } from '~/lib/figures/datacenters';

const read = (file: string) => JSON.parse(readFileSync(`content/data/${file}`, 'utf8')) as unknown;

const CAPEX: Record<string, [number, number]> = {
	Amazon: [83, 100],
	Alphabet: [53, 75],
	Microsoft: [44, 60],
	Meta: [37, 63],
};

const DATACENTERS: [string, number, 'USD' | 'EUR'][] = [
	['de-aws', 7.8, 'EUR'],
	['de-google', 1, 'EUR'],
	['de-microsoft', 3.2, 'EUR'],
	['es-aws', 15.7, 'EUR'],
	['es-microsoft', 2.1, 'USD'],
	['us-stargate', 100, 'USD'],
	['us-google', 40, 'USD'],
	['us-microsoft', 7.3, 'USD'],
	['my-google', 2, 'USD'],
	['my-microsoft', 2.2, 'USD'],
	['my-aws', 6, 'USD'],
	['id-amazon', 20, 'USD'],
	['sa-aws', 5.5, 'USD'],
	['ke-microsoft', 1, 'USD'],
];

describe('capex dataset', () => {
	const data = capexSchema.parse({ ...(read('capex.json') as object) });

	test('equals the report: 2024 and 2025E per company', () => {
		expect(
			Object.fromEntries(data.rows.map((r) => [r.company, [r.values['2024'], r.values['2025E']]])),
		).toEqual(CAPEX);
	});

	test('2025E sums to the stated 298', () => {
		expect(data.statedTotal.value).toBe(298);
		expect(data.rows.reduce((a, r) => a + (r.values['2025E'] ?? 0), 0)).toBe(298);
	});

	test('the two rows whose 60/63 split is uncertain are marked below high confidence', () => {
		expect(data.rows.filter((r) => r.confidence !== 'high').map((r) => r.company)).toEqual([
			'Microsoft',
			'Meta',
		]);
	});

	test('a broken total is rejected with a clear message', () => {
		const broken = structuredClone(read('capex.json')) as {
			rows: { values: Record<string, number> }[];
		};
		broken.rows[0]!.values['2025E'] = 101;
		const result = capexSchema.safeParse(broken);
		expect(result.success).toBe(false);
		expect(result.error?.issues.map((i) => i.message)).toContain(
			'the 2025E values sum to 299, but the report states 298',
		);
	});
});

describe('data-centre dataset', () => {
	const data = datacentersSchema.parse(read('datacenters.json'));

	test('equals the report: 14 investments with amount and currency', () => {
		expect(data.rows.map((r) => [r.id, r.amount, r.currency])).toEqual(DATACENTERS);
	});

	test('uses exactly the report’s four groups', () => {
		expect(data.groups.map((g) => g.label)).toEqual([
			'主权云与清洁能源',
			'超级项目集中地',
			'新兴增长极',
			'能源优势',
		]);
	});

	test('an unknown group is rejected', () => {
		const broken = structuredClone(read('datacenters.json')) as { rows: { group: string }[] };
		broken.rows[0]!.group = 'nowhere';
		expect(datacentersSchema.safeParse(broken).error?.issues[0]?.message).toBe(
			'unknown group "nowhere"',
		);
	});
});
