/** The English strings of the hit bar: the same keys as src/i18n/zh/hits.ts. */
import type zhHits from '../zh/hits';

export default {
	'hits.label': 'Where “{q}” occurs on this page',
	'hits.position': 'Match {i} of {n}',
	'hits.prev': 'Previous match',
	'hits.next': 'Next match',
	'hits.clear': 'Clear the marks',
} as const satisfies Record<keyof typeof zhHits, string>;
