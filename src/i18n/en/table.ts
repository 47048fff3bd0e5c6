/** English twin of src/i18n/zh/table.ts. */
export default {
	'table.group': 'Group',
	'table.link': 'Link',
	'table.filter': 'Show',
	'table.all': 'All groups ({n})',
	'table.option': '{label} ({n})',
	'table.status': '{shown} of {total} rows, {order}',
	'table.report': 'in the report’s order of groups',
	'table.sorted': 'sorted by {column}, {dir}',
	'table.ascending': 'ascending',
	'table.descending': 'descending',
	'table.currencies': ' (euro and dollar amounts each in their own order, not converted)',
} as const;
