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

/**
 * What must be the same in a trend and its translation: everything but the words. Read from the MDX
 * source (`twinFacts`, src/lib/twin-facts.ts), so an author's slip is named with its file before
 * anything renders.
 */
export interface TwinFacts {
	file: string;
	slug: string;
	number: number;
	part: string;
	sources: string[];
	figures: string[];
	/** Heading ids, in order. */
	headings: string[];
	/** `<Ref>` citations, sorted (English may order a sentence's parts differently), as "source p.N". */
	refs: string[];
	/** `<Note>` kinds in order. */
	notes: string[];
	/** `<Datum of>` and `<Figure id>` keys, sorted. */
	data: string[];
}

/** Every trend has a translation, and each pair agrees on everything but the words. */
export function validateTwins(source: readonly TwinFacts[], twins: readonly TwinFacts[]): string[] {
	const errors: string[] = [];
	const bySlug = new Map(twins.map((t) => [t.slug, t]));
	for (const zh of source) {
		const en = bySlug.get(zh.slug);
		if (!en) {
			errors.push(`${zh.file}: no English twin (content/trends/en/${zh.slug}.mdx)`);
			continue;
		}
		bySlug.delete(zh.slug);
		const same = (what: string, a: unknown, b: unknown) => {
			if (JSON.stringify(a) !== JSON.stringify(b))
				errors.push(
					`${en.file}: ${what} differ from ${zh.file}: ${JSON.stringify(b)} vs ${JSON.stringify(a)}`,
				);
		};
		same('number', zh.number, en.number);
		same('part', zh.part, en.part);
		same('frontmatter sources', zh.sources, en.sources);
		same('frontmatter figures', zh.figures, en.figures);
		same('heading ids', zh.headings, en.headings);
		same('cited sources (<Ref>)', zh.refs, en.refs);
		same('note kinds (<Note>)', zh.notes, en.notes);
		same('data (<Datum>, <Figure>)', zh.data, en.data);
	}
	for (const en of bySlug.values())
		errors.push(`${en.file}: no Chinese trend with slug "${en.slug}"`);
	return errors;
}

/** What only one edition's files carry: the Chinese file the English title, in a short summary. */
export function validateEditionFields(
	zh: readonly { file: string; titleEn?: string; summary: string }[],
	en: readonly { file: string; titleEn?: string }[],
): string[] {
	return [
		...zh.flatMap((t) => [
			...(t.titleEn ? [] : [`${t.file}: titleEn is required in the Chinese edition`]),
			...(t.summary.length > 160 ? [`${t.file}: summary is longer than 160 characters`] : []),
		]),
		...en.flatMap((t) =>
			t.titleEn ? [`${t.file}: titleEn belongs to the Chinese file only`] : [],
		),
	];
}

/** Throw one error that lists every problem, so an author fixes them in one pass. */
export function assertValid(errors: readonly string[]): void {
	if (errors.length > 0) throw new Error(`Content errors:\n  - ${errors.join('\n  - ')}`);
}
