/** The hit bar's strings (landing from search): loaded with its code, never before. */
export default {
	'hits.label': '搜索词“{q}”在本页的位置',
	'hits.position': '第 {i} 处，共 {n} 处',
	'hits.prev': '上一处',
	'hits.next': '下一处',
	'hits.clear': '清除标记',
} as const;
