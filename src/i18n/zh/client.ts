/**
 * The strings the browser's reading features show (copying, QR codes, quotes, the reading companion):
 * browser code loads only these, in the page's language (src/i18n/client.ts), so they cost the
 * pages nothing until those features run.
 */
export default {
	'share.copied': '已复制',
	'share.copiedLink': '已复制链接',
	'share.copyFailed': '无法访问剪贴板，请手动复制',
	'share.close': '关闭',
	'share.qrTo': '二维码：{label}',
	'share.posterTo': '生成海报：{label}',
	'quote.link': '复制引用链接',
	'quote.copy': '复制引文',
	'quote.poster': '生成海报',
	'quote.text': '“{text}”\n——{trend}{page}',
	'quote.page': '（《{report}》第 {page} 页）',
	'resume.section': '继续阅读：趋势 {n} · {section}',
	'resume.trend': '继续阅读：趋势 {n}',
	'resume.clear': '清除阅读位置',
	'resume.read': '已读',
	'textSize.label': '字号',
	'textSize.s': '小',
	'textSize.m': '中',
	'textSize.l': '大',
	'textSize.xl': '特大',
} as const;
