/**
 * The strings of the share posters and of the WeChat / QQ share hint: loaded with that code, on use
 * (src/i18n/poster.ts), in the page's language only.
 */
export default {
	'poster.dialog': '分享海报',
	'poster.alt': '海报：{title}。含二维码，链接到 {url}',
	'poster.hintTouch': '长按图片保存，或发送给朋友',
	'poster.hintPointer': '扫码在手机上打开，或下载海报保存',
	'poster.download': '下载海报',
	'poster.close': '关闭',
	'poster.making': '正在生成海报…',
	'poster.failed': '无法生成海报',
	'poster.kicker': '趋势 {n} · {part}',
	'poster.source': '来源：{source}',
	'poster.scan': '扫码阅读',
	'poster.scanQuote': '扫码读原文',
	'poster.report': '内容出自《{report}》',
	'wechat.title': '分享给朋友',
	'wechat.how': '点击右上角 ··· 发送给朋友或分享到朋友圈',
	'wechat.or': '也可以生成一张带二维码的海报，长按保存后发送。',
	'wechat.poster': '生成海报',
	'wechat.close': '知道了',
} as const;
