/**
 * The page a missing path most likely meant, among the pages the 404 page links to (no DOM): a slug
 * cut short or misspelt, a trend's number, a section added as a folder. The 404 page offers it as a
 * link (client/notfound.ts), never goes there by itself. Unit-tested.
 */
import { allowedEdits, editDistance } from './search/edit-distance';

/** A page the 404 page links to: its path inside the edition ("trends/x/"), and what to call it. */
export interface Candidate {
	path: string;
	label: string;
	/** The trend's number, for a path that names one ("/trends/5/"). */
	n?: number;
}

const segments = (path: string): string[] => path.split('/').filter(Boolean);

/**
 * How far `wanted` (a segment of the missing path) is from `slug` (a candidate's last segment):
 * 0 the same, 1 a start of it cut short (at least 3 characters), 1 + edits within search's
 * allowance for a misspelt word of the slug's length (`allowedEdits`); undefined when further.
 */
function distance(wanted: string, slug: string): number | undefined {
	if (wanted === slug) return 0;
	if (wanted.length >= 3 && slug.startsWith(wanted)) return 1;
	const max = allowedEdits(slug);
	const d = editDistance(wanted, slug, max);
	return d <= max ? 1 + d : undefined;
}

/**
 * The candidate a missing path (inside its edition, mended: "trends/embodied-intel/") most likely
 * meant: its segments are tried from the last (a path with a section added as a folder still finds
 * its trend); a number alone names that trend. Among the closest, one under the same first folder
 * wins; a tie that remains is no answer, since one of them would be a guess among equals.
 */
export function closest(path: string, candidates: readonly Candidate[]): Candidate | undefined {
	const parts = segments(path);
	for (const wanted of [...parts].reverse()) {
		const scored = candidates
			.map((c) => {
				const own = segments(c.path);
				const d = /^\d{1,2}$/.test(wanted)
					? c.n === Number(wanted)
						? 0
						: undefined
					: distance(wanted, own.at(-1) ?? '');
				// Half a step further from a page in another folder: a tie-break, never a reason.
				return { c, d: d === undefined ? undefined : d + (own[0] === parts[0] ? 0 : 0.5) };
			})
			.filter((s): s is { c: Candidate; d: number } => s.d !== undefined);
		const best = Math.min(...scored.map((s) => s.d));
		const at = scored.filter((s) => s.d === best);
		if (at.length === 1) return at[0]?.c;
		if (at.length > 1) return undefined;
	}
	return undefined;
}
