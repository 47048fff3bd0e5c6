/** The English strings of the share posters and the WeChat / QQ hint: the keys of ../zh/poster.ts. */
import type zhPoster from '../zh/poster';

export default {
	'poster.dialog': 'Share poster',
	'poster.alt': 'Poster: {title}. Its QR code links to {url}',
	'poster.hintTouch': 'Long-press the image to save it or send it to a friend',
	'poster.hintPointer': 'Scan the code to open this on a phone, or download the poster',
	'poster.download': 'Download poster',
	'poster.close': 'Close',
	'poster.making': 'Making the poster…',
	'poster.failed': 'Could not make the poster',
	'poster.kicker': 'Trend {n} · {part}',
	'poster.source': 'Source: {source}',
	'poster.scan': 'Scan to read',
	'poster.scanQuote': 'Scan for the source',
	'poster.report': 'From the {report}',
	'wechat.title': 'Share with friends',
	'wechat.how': 'Tap ··· at the top right to send this to a friend or share it to Moments',
	'wechat.or': 'Or make a poster with a QR code: long-press it to save, then send it.',
	'wechat.poster': 'Make a poster',
	'wechat.close': 'Got it',
} as const satisfies Record<keyof typeof zhPoster, string>;
