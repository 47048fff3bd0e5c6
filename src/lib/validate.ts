/**
 * Cross-entry rules zod cannot express on a single file. Pure (plain objects in, messages out) so
 * tests can feed it fixtures; `lib/content.ts` runs it on the real collections and stops the build.
 */
export interface TrendFacts {
	id: string;
	file: string;
	number: number;
	slug: string;
	part: string;
	sources: string[];
}

export const TREND_COUNT = 10;

export function validateTrends(
	trends: readonly TrendFacts[],
	partIds: ReadonlySet<string>,
	sourceIds: ReadonlySet<string>,
): string[] {
	const errors: string[] = [];
	const byNumber = new Map<number, string>();
	const bySlug = new Map<string, string>();
	for (const t of trends) {
		const other = byNumber.get(t.number);
		if (other) errors.push(`${t.file}: number ${t.number} is already used by ${other}`);
		byNumber.set(t.number, t.file);
		const sameSlug = bySlug.get(t.slug);
		if (sameSlug) errors.push(`${t.file}: slug "${t.slug}" is already used by ${sameSlug}`);
		bySlug.set(t.slug, t.file);
		if (t.slug !== t.id)
			errors.push(`${t.file}: slug "${t.slug}" must match the file name "${t.id}"`);
		if (!partIds.has(t.part))
			errors.push(`${t.file}: part "${t.part}" is not in content/parts.yaml`);
		for (const s of t.sources) {
			if (!sourceIds.has(s)) errors.push(`${t.file}: source "${s}" is not in content/sources.yaml`);
		}
	}
	if (trends.length !== TREND_COUNT) {
		errors.push(`content/trends: expected ${TREND_COUNT} trends, found ${trends.length}`);
	}
	for (let n = 1; n <= TREND_COUNT; n++) {
		if (!byNumber.has(n) && trends.length === TREND_COUNT)
			errors.push(`content/trends: no trend has number ${n}`);
	}
	return errors;
}

/** Throw one error that lists every problem, so an author fixes them in one pass. */
export function assertValid(errors: readonly string[]): void {
	if (errors.length > 0) throw new Error(`Content errors:\n  - ${errors.join('\n  - ')}`);
}
