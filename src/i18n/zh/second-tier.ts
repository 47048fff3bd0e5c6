/** The second tier's strings (pinyin and close spelling): loaded with its code, never before. */
export default {
	'tier.pinyin': '按拼音匹配',
	'tier.fuzzy': '拼写相近',
	'tier.didYouMean': '你要找的是不是：',
	'tier.note': '下面列出按拼音或相近拼写找到的趋势（不计入数目）。',
} as const;
