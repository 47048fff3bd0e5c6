/** The English strings of the second tier: the same keys as src/i18n/zh/second-tier.ts. */
import type zhTier from '../zh/second-tier';

export default {
	'tier.pinyin': 'Matched by pinyin',
	'tier.fuzzy': 'Close spelling',
	'tier.didYouMean': 'Did you mean: ',
	// Starts with a space: it follows the status sentence.
	'tier.note': ' Below: trends found by pinyin or a close spelling (not counted).',
} as const satisfies Record<keyof typeof zhTier, string>;
