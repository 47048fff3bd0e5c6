/**
 * When the second tier is asked (no DOM). Its own module, so that the lists beyond the exact tier
 * (client/search/aliases.ts) take it without sharing a chunk with the exact tier. Unit-tested.
 */
import type { SearchOutcome } from './exact-tier';

/**
 * The second tier is asked only when the exact tier has nothing (not even behind the part filter)
 * and the query is Latin letters, digits and spaces, possibly with tone marks: what pinyin and
 * misspelt English look like. Anything else keeps the exact tier's honest empty state.
 */
export const needsSecondTier = (outcome: SearchOutcome, query: string): boolean =>
	!outcome.exact.length &&
	!outcome.elsewhere &&
	/^[\p{Script=Latin}\p{M}\p{N}\s'’-]+$/u.test(query) &&
	/\p{Script=Latin}/u.test(query);
