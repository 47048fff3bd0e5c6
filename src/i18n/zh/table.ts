/**
 * The words the data-centre table's sorting, filtering and row links add to the page (src/i18n/table.ts):
 * they load with that code, when the figure comes near.
 */
export default {
	'table.group': '类别',
	'table.link': '链接',
	'table.filter': '显示',
	'table.all': '全部类别（{n}）',
	'table.option': '{label}（{n}）',
	'table.status': '{shown} / {total} 项，{order}',
	'table.report': '按报告的类别顺序',
	'table.sorted': '按{column}{dir}',
	'table.ascending': '升序',
	'table.descending': '降序',
	'table.currencies': '（欧元、美元各自排序，不换算）',
} as const;
