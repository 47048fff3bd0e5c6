/**
 * What the reading companion remembers, on this device only (localStorage): the last section read
 * and the trends read to the end. Storage can throw (blocked, private mode, full) or hold anything:
 * then nothing is remembered and the page reads as it would without it.
 */
export interface Place {
	/** The trend's slug (its URL is taken from the page's own links, in the page's language). */
	slug: string;
	n: number;
	/** The section's heading id: the same in every language edition. */
	id: string;
	/** The section's heading, in `lang`. */
	title: string;
	lang: string;
}

const PLACE = 'rr-place';
const READ = 'rr-read';
const ASCII_ID = /^[\w-]+$/;

function load(key: string): unknown {
	try {
		return JSON.parse(localStorage.getItem(key) ?? 'null') as unknown;
	} catch {
		return null;
	}
}

function save(key: string, value: unknown): void {
	try {
		if (value === null) localStorage.removeItem(key);
		else localStorage.setItem(key, JSON.stringify(value));
	} catch {
		// Not remembered; this visit is unaffected.
	}
}

const isPlace = (v: unknown): v is Place => {
	const p = v as Partial<Place> | null;
	return (
		typeof p?.slug === 'string' &&
		ASCII_ID.test(p.slug) &&
		typeof p.id === 'string' &&
		ASCII_ID.test(p.id) &&
		typeof p.n === 'number' &&
		typeof p.title === 'string' &&
		typeof p.lang === 'string'
	);
};

export const getPlace = (): Place | null => {
	const v = load(PLACE);
	return isPlace(v) ? v : null;
};
export const setPlace = (place: Place | null): void => save(PLACE, place);

export const getRead = (): string[] => {
	const v = load(READ);
	return Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string') : [];
};
export function addRead(slug: string): void {
	const read = getRead();
	if (!read.includes(slug)) save(READ, [...read, slug]);
}

/** The text size, as the head bootstrap reads it (a plain string, not JSON). */
export function setTextSize(size: string): void {
	try {
		localStorage.setItem('rr-ts', size);
	} catch {
		// Applies to this page only.
	}
}
