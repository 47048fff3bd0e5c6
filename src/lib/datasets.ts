/** Dataset access and the `<Datum of="…">` key language. Every number on the site comes from here. */
import { getEntry, type CollectionEntry } from 'astro:content';
import { seriesSum } from './figures';
import { formatBillions } from './format';

type DatasetEntry = CollectionEntry<'datasets'>;
export type CapexData = Extract<DatasetEntry['data'], { kind: 'capex' }>;
export type DatacentersData = Extract<DatasetEntry['data'], { kind: 'datacenters' }>;

export async function getCapex(): Promise<CapexData> {
	const entry = await getEntry('datasets', 'capex');
	if (entry?.data.kind !== 'capex')
		throw new Error('content/data/capex.json: missing or not a capex dataset');
	return entry.data;
}

export async function getDatacenters(): Promise<DatacentersData> {
	const entry = await getEntry('datasets', 'datacenters');
	if (entry?.data.kind !== 'datacenters') {
		throw new Error('content/data/datacenters.json: missing or not a datacenters dataset');
	}
	return entry.data;
}

/**
 * Resolve a datum key to display text (pure):
 * `capex:total` · `capex:sum:<series>` · `capex:<company>:<series>` · `dc:count` · `dc:<row id>`.
 */
export function resolveDatum(key: string, capex: CapexData, dc: DatacentersData): string {
	const [set, a, b] = key.split(':');
	if (set === 'capex') {
		if (a === 'total') return formatBillions(capex.statedTotal.value, capex.currency, 'about');
		if (a === 'sum' && b) return formatBillions(seriesSum(capex, b), capex.currency);
		const value = capex.rows.find((r) => r.company === a)?.values[b ?? ''];
		if (value !== undefined) return formatBillions(value, capex.currency);
	}
	if (set === 'dc') {
		if (a === 'count') return String(dc.rows.length);
		const row = dc.rows.find((r) => r.id === a);
		if (row) return formatBillions(row.amount, row.currency, row.qualifier);
	}
	throw new Error(`<Datum of="${key}">: no such value in content/data`);
}
