/** The English strings of the browser's reading features: the same keys as src/i18n/zh/client.ts. */
import type zhClient from '../zh/client';

export default {
	'share.copied': 'Copied',
	'share.copiedLink': 'Link copied',
	'share.copyFailed': 'Could not access the clipboard; please copy it by hand',
	'share.close': 'Close',
	'share.qrTo': 'QR code: {label}',
	'share.posterTo': 'Make a poster of {label}',
	'quote.link': 'Copy quote link',
	'quote.copy': 'Copy quotation',
	'quote.poster': 'Make a poster',
	'quote.text': '“{text}”\n— {trend}{page}',
	'quote.page': ' ({report}, p. {page})',
	'resume.section': 'Continue reading: Trend {n} · {section}',
	'resume.trend': 'Continue reading: Trend {n}',
	'resume.clear': 'Forget reading position',
	'resume.read': 'Read',
	'textSize.label': 'Text size',
	'textSize.s': 'S',
	'textSize.m': 'M',
	'textSize.l': 'L',
	'textSize.xl': 'XL',
} as const satisfies Record<keyof typeof zhClient, string>;
