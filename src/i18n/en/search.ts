/** The English strings of the browser's search UI: the same keys as the Chinese ones (src/i18n/zh/search.ts). */
import type zhSearch from '../zh/search';

export default {
	'trend.label': 'Trend {n}',
	'search.title': 'Search the report',
	'search.close': 'Close search',
	'search.placeholder': 'Search: data center, embodied intelligence, Stargate, MoE…',
	'search.filter': 'Filter by part',
	'search.allParts': 'All',
	'search.results': 'Search results',
	'search.unsearchable': 'Type some words or numbers to search.',
	'search.busy': 'Searching…',
	'search.found': 'Trends containing {q}: {n}',
	// Ends with a space: the next status sentence is appended to it.
	'search.converted': 'Searched for the Simplified Chinese form {q}. ',
	'search.absent': '{q} does not appear in the trend pages of this site.',
	'search.notTogether': 'No trend contains all of {q}.',
	'search.notInPart':
		'{q} does not appear in the “{part}” part; choose “All” to see all matches ({n}).',
	'search.partial': 'Partial matches: only some of the words (not counted above)',
	'search.contains': 'Contains {q}',
	'search.keywords': 'Keywords (select one to search)',
	'search.trends': 'The ten trends',
	'search.unavailable': 'Search did not load.',
	'search.retry': 'Retry',
	// Between quoted words: “a”, “b” (Chinese sets them side by side).
	'search.quoteJoin': ', ',
} as const satisfies Record<keyof typeof zhSearch, string>;
